package io.switchboard.domain.model.message;

import io.switchboard.domain.shared.SharedEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Token buckets by key (e.g. one visitor): {@code capacity} messages at once, refilled evenly over
 * {@code period}. Plain Java and driven by the caller's clock; the buckets live in {@link SharedEntries}, in production
 * a cache every node of the cluster shares, so a visitor's limit holds whichever node their requests reach. A bucket
 * is a short text (tokens and when they were counted) changed by compare-and-set, so two nodes taking the last token
 * at once cannot both get it.
 */
public final class RateLimiter {

    private static final int ATTEMPTS = 8;

    private final int capacity;
    private final double tokensPerNano;
    private final Duration period;
    private final SharedEntries store;

    public RateLimiter(int capacity, Duration period, SharedEntries store) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("capacity must be positive and period longer than zero");
        }
        this.capacity = capacity;
        this.period = period;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Takes one token for the key.
     *
     * @return zero when allowed, otherwise how long until a token is available
     */
    public Duration acquire(String key, Instant now) {
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String before = store.get(key);
            double tokens = capacity;
            if (before != null) {
                int slash = before.indexOf('/');
                long at = Long.parseLong(before.substring(slash + 1));
                tokens = Math.min(capacity, Double.parseDouble(before.substring(0, slash)) + (nanos - at) * tokensPerNano);
            }
            if (tokens < 1) {
                return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
            }
            if (store.compareAndSet(key, before, (tokens - 1) + "/" + nanos, period)) {
                return Duration.ZERO;
            }
        }
        // the key is contended beyond reason: refuse rather than let a flood through
        return Duration.ofNanos((long) Math.ceil(1 / tokensPerNano));
    }
}
