package io.switchboard.infrastructure.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that works above tenants (login by a global user name, tenant creation, API-key and
 * site-key lookup). The method must start its own transaction ({@code REQUIRES_NEW}) so that its Hibernate
 * session is opened after the interceptor switched to the platform tenant.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlatformOperation {
}
