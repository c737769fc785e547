package io.switchboard.infrastructure.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Named in persistence.xml ({@code hibernate.tenant_identifier_resolver}); Hibernate instantiates it, so it
 * reaches the request's {@link TenantContext} through {@link CDI#current()}. Outside any request context it
 * answers {@link TenantContext#NONE}: nothing visible, nothing insertable.
 */
public class HibernateTenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        try {
            return CDI.current().select(TenantContext.class).get().sessionTenant();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return TenantContext.NONE;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return TenantContext.PLATFORM.equals(tenantId);
    }
}
