package io.switchboard.domain.model.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every tenant-owned entity. The single tenancy mechanism of Switchboard: Hibernate sets
 * {@code tenant_id} from the session's tenant on insert, refuses a different one, and filters every query and
 * load by id with it. The session's tenant comes from
 * {@link io.switchboard.infrastructure.tenancy.TenantContext}, resolved once per request.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 36)
    private String tenantId;

    public String getTenantId() {
        return tenantId;
    }

    /** Only the platform (root) context may name the tenant explicitly, e.g. when creating a tenant's first rows. */
    protected void assignTenant(String tenantId) {
        this.tenantId = tenantId;
    }
}
