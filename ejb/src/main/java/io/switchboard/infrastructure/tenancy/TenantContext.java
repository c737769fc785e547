package io.switchboard.infrastructure.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant of the current request. Set once by the adapter that received the request; read by Hibernate when it
 * opens a session. A request with no tenant sees no tenant-owned rows and cannot insert any.
 */
@RequestScoped
public class TenantContext {

    /** The platform (root) tenant: sees every tenant and may name the tenant of new rows explicitly. */
    public static final String PLATFORM = "__platform__";
    /** Matches no row; the foreign key on tenant_id refuses inserts with it. */
    public static final String NONE = "__none__";

    private String tenantId;
    private String actor;

    /** Binds this request to a tenant. A request cannot be moved to another tenant once bound. */
    public void use(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        if (PLATFORM.equals(tenantId) || NONE.equals(tenantId)) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
        if (this.tenantId != null && !this.tenantId.equals(tenantId)) {
            throw new IllegalStateException("request already bound to another tenant");
        }
        this.tenantId = tenantId;
    }

    /** Who makes this request (a user name, or the API key's label), for the audit log. */
    public void actAs(String who) {
        this.actor = Objects.requireNonNull(who, "who");
    }

    /** The actor named by the adapter, or "system" for timers and message consumers. */
    public String actor() {
        return actor == null ? "system" : actor;
    }

    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId).filter(id -> !PLATFORM.equals(id));
    }

    /** The tenant that must be present: application services that act on the caller's tenant use this. */
    public String requireTenant() {
        return tenantId().orElseThrow(() -> new IllegalStateException("no tenant bound to this request"));
    }

    /**
     * Runs system work (the deadline sweep) for one tenant after another in the same request: binds this tenant for
     * the duration of {@code work}, which must open its own transaction (its database session is opened inside, so
     * it reads this tenant's rows only), and restores the previous binding afterwards.
     */
    public void within(String tenantId, Runnable work) {
        Objects.requireNonNull(tenantId, "tenantId");
        if (PLATFORM.equals(tenantId) || NONE.equals(tenantId)) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
        String previous = this.tenantId;
        this.tenantId = tenantId;
        try {
            work.run();
        } finally {
            this.tenantId = previous;
        }
    }

    String sessionTenant() {
        return tenantId == null ? NONE : tenantId;
    }

    <T> T asPlatform(Callable<T> work) throws Exception {
        String previous = tenantId;
        tenantId = PLATFORM;
        try {
            return work.call();
        } finally {
            tenantId = previous;
        }
    }
}
