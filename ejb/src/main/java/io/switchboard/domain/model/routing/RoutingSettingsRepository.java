package io.switchboard.domain.model.routing;

public interface RoutingSettingsRepository {

    void add(TenantRoutingSettings settings);

    /** The current tenant's settings row, read without a lock. */
    TenantRoutingSettings current();

    /**
     * The current tenant's settings row, locked FOR UPDATE until the transaction ends: the tenant's routing lock.
     * Every routing decision of the tenant, on any node, waits here for the one before it.
     */
    TenantRoutingSettings lock();

    /** A tenant's settings without tenant filtering (timer recovery runs as the platform). */
    RoutingSettings ofTenant(String tenantId);
}
