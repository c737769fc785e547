package io.switchboard.domain.model.message;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Rate-limit buckets in a map, at most {@code maxKeys} (least recently used forgotten): the tests' store. */
final class MemoryBuckets implements RateLimiter.Store {

    private final Map<String, String> buckets;

    private MemoryBuckets(int maxKeys) {
        buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxKeys;
            }
        };
    }

    static MemoryBuckets of(int maxKeys) {
        return new MemoryBuckets(maxKeys);
    }

    @Override
    public synchronized String get(String key) {
        return buckets.get(key);
    }

    @Override
    public synchronized boolean compareAndSet(String key, String expected, String next, Duration keep) {
        if (!Objects.equals(buckets.get(key), expected)) {
            return false;
        }
        buckets.put(key, next);
        return true;
    }
}
