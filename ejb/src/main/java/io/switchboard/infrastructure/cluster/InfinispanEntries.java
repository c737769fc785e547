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

    /** The cache (each subclass injects its own). */
    abstract Cache<String, String> cache();

    @Override
    public String get(String key) {
        return cache().get(key);
    }

    @Override
    public boolean compareAndSet(String key, String expected, String next, Duration keep) {
        Cache<String, String> cache = cache();
        if (next == null) {
            return expected == null ? cache.get(key) == null : cache.remove(key, expected);
        }
        long lifespan = keep == null ? -1 : Math.max(1, keep.toMillis()); // -1: until changed
        return expected == null
                ? cache.putIfAbsent(key, next, lifespan, TimeUnit.MILLISECONDS) == null
                : cache.replace(key, expected, next, lifespan, TimeUnit.MILLISECONDS);
    }
}
