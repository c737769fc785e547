package io.switchboard.application.internal;

import io.switchboard.application.NewTenant;
import io.switchboard.application.ProvisionedTenant;
import io.switchboard.application.TenantProvisioningService;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.tenant.Tenant;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

@Stateless
@PlatformOperation
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultTenantProvisioningService implements TenantProvisioningService {

    @Inject
    TenantSetup setup;

    @Override
    public ProvisionedTenant provision(NewTenant request) {
        Tenant tenant = setup.createTenant(request.code(), request.name());
        var admin = setup.createAccount(tenant.getId(), request.adminUsername(), request.adminUsername(), Role.ADMIN,
                request.adminPassword().toCharArray());
        String apiKey = setup.issueApiKey(tenant.getId(), "default");
        return new ProvisionedTenant(tenant.getId(), tenant.getCode(), admin.getUsername(), apiKey);
    }
}
