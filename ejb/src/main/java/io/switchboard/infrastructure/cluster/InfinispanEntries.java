package io.switchboard.infrastructure.cluster;

import io.switchboard.domain.shared.SharedEntries;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * {@link SharedEntries} in an Infinispan cache of the container "switchboard" (clustering.cli). The compare-and-set is
 * Infinispan's conditional write ({@code putIfAbsent}, {@code replace}, {@code remove} with the old value), decided on
 * the key's primary owner; {@code keep} becomes the entry's lifespan.
 */
abstract class InfinispanEntries implements SharedEntries {

    private volatile Cache<String, String> direct;

    /** The cache as injected (each subclass injects its own). */
    abstract Cache<String, String> cache();

    /**
     * The cache itself. The injected one is WildFly's lazy handle, which looks the cache up in its container, under a
     * lock, on every call (a profile of the load test showed lookups waiting for each other there); the cache it finds
     * lives as long as the deployment.
     */
    Cache<String, String> direct() {
        Cache<String, String> c = direct;
        if (c == null) {
            c = cache().getAdvancedCache();
            direct = c;
        }
        return c;
    }

    @Override
    public String get(String key) {
        return direct().get(key);
    }

    @Override
    public boolean compareAndSet(String key, String expected, String next, Duration keep) {
        Cache<String, String> cache = direct();
        if (next == null) {
            return expected == null ? cache.get(key) == null : cache.remove(key, expected);
        }
        long lifespan = keep == null ? -1 : Math.max(1, keep.toMillis()); // -1: until changed
        return expected == null
                ? cache.putIfAbsent(key, next, lifespan, TimeUnit.MILLISECONDS) == null
                : cache.replace(key, expected, next, lifespan, TimeUnit.MILLISECONDS);
    }
}
