package io.switchboard.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dispatcher per tenant on each node: new conversations are queued in their own short transactions, without
 * the tenant's routing lock, and ask for a dispatch once they committed. Requests that come while a dispatch of the
 * tenant runs are merged into the next one, so 50 arrivals a second cost a few dispatch transactions a second, not
 * 50 lock-holding commits one after the other. On a cluster the dispatchers of the nodes still take turns on the
 * tenant's lock, and each sees every committed arrival. A request lost with a node is picked up by the deadline
 * sweep, which dispatches arrivals that have waited unannounced for {@link DeadlineWork#STALE_ARRIVAL}.
 */
@ApplicationScoped
public class TenantDispatcher {

    /** A dispatch is wanted for these groups of a tenant, once the transaction that asked has committed. */
    public record Requested(String tenantId, Collection<Long> groupIds) {
    }

    private static final class Pending {
        final Set<Long> groups = new LinkedHashSet<>();
        boolean running;
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    DispatchWork work;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested r) {
        request(r.tenantId(), r.groupIds());
    }

    /** Asks for a dispatch of these groups: starts the tenant's dispatcher, or adds them to its next round. */
    void request(String tenantId, Collection<Long> groups) {
        Pending p = pending.computeIfAbsent(tenantId, t -> new Pending());
        boolean start;
        synchronized (p) {
            p.groups.addAll(groups);
            start = !p.running;
            p.running = true;
        }
        if (start) {
            try {
                work.drain(tenantId);
            } catch (RuntimeException e) {
                synchronized (p) {
                    p.running = false; // the sweep's fallback dispatches what this request was for
                }
                throw e;
            }
        }
    }

    /** The groups to dispatch next for the tenant, or null when none are left (the dispatcher then stops). */
    Set<Long> next(String tenantId) {
        Pending p = pending.get(tenantId);
        synchronized (p) {
            if (p.groups.isEmpty()) {
                p.running = false;
                return null;
            }
            Set<Long> groups = new LinkedHashSet<>(p.groups);
            p.groups.clear();
            return groups;
        }
    }
}
