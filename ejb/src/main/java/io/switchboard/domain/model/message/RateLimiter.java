package io.switchboard.domain.model.message;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets by key (e.g. one visitor): {@code capacity} messages at once, refilled evenly over
 * {@code period}. Plain Java and driven by the caller's clock. Bounded: the least recently used keys are
 * forgotten beyond {@code maxKeys} (a forgotten key starts with a full bucket, which only errs on the generous
 * side). A dozen lines did not justify a dependency; swap for Bucket4j when limits must be shared by nodes.
 */
public final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final Map<String, double[]> buckets;

    public RateLimiter(int capacity, Duration period, int maxKeys) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("capacity must be positive and period longer than zero");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Takes one token for the key.
     *
     * @return zero when allowed, otherwise how long until a token is available
     */
    public synchronized Duration acquire(String key, Instant now) {
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {capacity, nanos});
        b[0] = Math.min(capacity, b[0] + (nanos - b[1]) * tokensPerNano);
        b[1] = nanos;
        if (b[0] >= 1) {
            b[0] -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - b[0]) / tokensPerNano));
    }
}
