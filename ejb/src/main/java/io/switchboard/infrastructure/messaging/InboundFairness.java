package io.switchboard.infrastructure.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Keeps one tenant's burst from delaying the lines of every other tenant on the shared inbound queue. The broker
 * hands out higher JMS priorities first, so a tenant accepting more than {@code burstPerSecond} lines a second on this
 * node has its lines queued at {@link #BULK} priority, and everybody else's at {@link #NORMAL}: a quiet tenant's line
 * passes the bursting tenant's backlog instead of waiting behind it. The bursting tenant still gets whatever the
 * consumer has left, in its own order.
 * <p>
 * <b>One sender's lines never change order.</b> A higher priority overtakes a lower one, so a sender goes back to
 * {@link #NORMAL} only when none of its {@link #BULK} lines sent by this node is still waiting ({@link #stored}
 * counts them down). Lines queued by an earlier run of the node (recovered from the broker's journal after a crash)
 * are not counted, so after a start every line is {@link #BULK} until the queue has been seen empty once
 * ({@link #recovered}). Plain Java, so it is unit-tested with a fake clock.
 */
public final class InboundFairness {

    /** Priority of a line of a tenant within its share (JMS default). */
    public static final int NORMAL = 4;
    /** Priority of a line of a bursting tenant, or of a sender whose earlier lines are still queued at this priority. */
    public static final int BULK = 1;

    private final int burstPerSecond;
    private final LongSupplier nanos;
    private final ConcurrentMap<String, Rate> tenants = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> queuedBulk = new ConcurrentHashMap<>();
    private volatile boolean recovering = true;

    /**
     * @param burstPerSecond lines a second of one tenant on this node above which its lines are {@link #BULK}
     * @param nanos          the monotonic clock ({@code System::nanoTime})
     */
    public InboundFairness(int burstPerSecond, LongSupplier nanos) {
        this.burstPerSecond = burstPerSecond;
        this.nanos = nanos;
    }

    /**
     * The priority to queue a sender's next line at; counts the line in its tenant's rate, and, when {@link #BULK},
     * as waiting until {@link #stored} (or {@link #notSent}) is called for it.
     */
    public int priorityOf(String tenantId, String sender) {
        boolean bursting = tenants.computeIfAbsent(tenantId, t -> new Rate()).add(nanos.getAsLong()) > burstPerSecond;
        String key = tenantId + "/" + sender;
        if (bursting || recovering || queuedBulk.containsKey(key)) {
            queuedBulk.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return BULK;
        }
        return NORMAL;
    }

    /** A {@link #BULK} line of this node was stored (or the send of one failed): one fewer waiting. */
    public void stored(String tenantId, String sender) {
        queuedBulk.computeIfPresent(tenantId + "/" + sender, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    /** The send of a line with this priority failed: it is not waiting. */
    public void notSent(String tenantId, String sender, int priority) {
        if (priority == BULK) {
            stored(tenantId, sender);
        }
    }

    /** Whether lines of an earlier run may still be queued (see {@link #recovered}). */
    public boolean recovering() {
        return recovering;
    }

    /** The queue was seen empty: no line of an earlier run is left, priorities may differ from now on. */
    public void recovered() {
        recovering = false;
    }

    /** Senders with {@link #BULK} lines waiting (for tests and diagnostics). */
    int waitingSenders() {
        return queuedBulk.size();
    }

    /** Lines a second of one tenant: this second's count plus the share of the last second still in the window. */
    private static final class Rate {
        private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
        private long windowStart = Long.MIN_VALUE;
        private long current;
        private long previous;

        synchronized double add(long now) {
            if (windowStart == Long.MIN_VALUE) {
                windowStart = now;
            }
            long elapsed = now - windowStart;
            if (elapsed >= 2 * SECOND) {
                previous = 0;
                current = 0;
                windowStart = now;
                elapsed = 0;
            } else if (elapsed >= SECOND) {
                previous = current;
                current = 0;
                windowStart += SECOND;
                elapsed -= SECOND;
            }
            current++;
            return current + previous * (1.0 - (double) elapsed / SECOND);
        }
    }
}
