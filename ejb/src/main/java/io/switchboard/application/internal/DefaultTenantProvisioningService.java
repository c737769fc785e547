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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

@Stateless
@PlatformOperation
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultTenantProvisioningService implements TenantProvisioningService {

    @Inject
    TenantSetup setup;
    @Inject
    Validator validator;

    /**
     * Everything is checked before the first row is written: the request's fields (here, not only by the
     * container, so a missing field is a 400 naming it and never a database error), then the administrator's login
     * name and password by the same rule as every other account.
     */
    @Override
    public ProvisionedTenant provision(NewTenant request) {
        Set<ConstraintViolation<NewTenant>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        setup.checkCredentials("adminUsername", request.adminUsername(), "adminPassword", request.adminPassword());
        Tenant tenant = setup.createTenant(request.code(), request.name());
        var admin = setup.createAccount(tenant.getId(), "adminUsername", request.adminUsername(),
                request.adminUsername(), Role.ADMIN, "adminPassword", request.adminPassword());
        String apiKey = setup.issueApiKey(tenant.getId(), "default");
        return new ProvisionedTenant(tenant.getId(), tenant.getCode(), admin.getUsername(), apiKey);
    }
}
