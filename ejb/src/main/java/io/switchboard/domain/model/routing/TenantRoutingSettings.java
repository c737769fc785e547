package io.switchboard.domain.model.routing;

import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.infrastructure.persistence.RoutingSettingsConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's routing settings, one row per tenant. The row is also the tenant's routing lock: every routing
 * decision first reads it FOR UPDATE (see the {@code application.internal} package documentation).
 */
@Entity
@Table(name = "routing_settings")
public class TenantRoutingSettings extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until an admin saves: the seed defaults apply. */
    @Convert(converter = RoutingSettingsConverter.class)
    @Column(length = 200000)
    private RoutingSettings settings;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TenantRoutingSettings() {
    }

    public static TenantRoutingSettings defaultsFor(String tenantId, Instant at) {
        TenantRoutingSettings row = new TenantRoutingSettings();
        row.assignTenant(tenantId);
        row.updatedAt = at;
        return row;
    }

    public RoutingSettings current() {
        return settings == null ? RoutingSettings.defaults() : settings;
    }

    public void replace(RoutingSettings newSettings, Instant at) {
        this.settings = Objects.requireNonNull(newSettings, "settings");
        this.updatedAt = at;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
