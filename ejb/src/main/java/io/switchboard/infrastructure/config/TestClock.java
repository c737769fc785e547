package io.switchboard.infrastructure.config;

import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clock of a server started with SWITCHBOARD_TEST_CLOCK=true, for tests only (never in production: the setting
 * is off by default and the platform endpoint that sets it answers 404 without it). A tenant's clock can be stopped
 * at a chosen instant ({@link #freeze}); work done for that tenant then sees exactly that time, so a test can replay
 * a scripted day and check figures worked out by hand. Every other tenant, and work done for no tenant, sees the
 * system clock.
 */
public final class TestClock extends Clock implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Instant> FROZEN = new ConcurrentHashMap<>();

    private final ZoneId zone;

    public TestClock() {
        this(ZoneOffset.UTC);
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops this tenant's clock at {@code at}; null lets it run with the system clock again. */
    public static void freeze(String tenantId, Instant at) {
        if (at == null) {
            FROZEN.remove(tenantId);
        } else {
            FROZEN.put(tenantId, at);
        }
    }

    @Override
    public Instant instant() {
        if (!FROZEN.isEmpty()) {
            Instant frozen = currentTenant().map(FROZEN::get).orElse(null);
            if (frozen != null) {
                return frozen;
            }
        }
        return Instant.now();
    }

    private static Optional<String> currentTenant() {
        try {
            return CDI.current().select(TenantContext.class).get().tenantId();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other); // the same stopped instants, seen in another zone
    }
}
