package io.switchboard.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@PlatformOperation
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class PlatformOperationInterceptor {

    @Inject
    TenantContext tenantContext;

    @AroundInvoke
    public Object asPlatform(InvocationContext invocation) throws Exception {
        return tenantContext.asPlatform(invocation::proceed);
    }
}
