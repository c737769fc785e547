package io.switchboard.infrastructure.cluster;

import io.switchboard.domain.model.message.RateLimiter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Rate-limit buckets every node shares: the distributed cache "rate" of the Infinispan container "switchboard"
 * (clustering.cli; two owners, entries expire when their bucket would be full again). Keys and values are text, which
 * the container's ProtoStream marshaller handles without a schema. The compare-and-set is Infinispan's conditional
 * write, decided on the key's primary owner.
 */
@ApplicationScoped
public class SharedRateBuckets implements RateLimiter.Store {

    /** JNDI name of the cache (the container binds each cache under java:jboss/infinispan/cache/container/cache). */
    static final String CACHE = "java:jboss/infinispan/cache/switchboard/rate";

    @Resource(lookup = CACHE)
    Cache<String, String> cache;

    @Override
    public String get(String key) {
        return cache.get(key);
    }

    @Override
    public boolean compareAndSet(String key, String expected, String next, Duration keep) {
        long millis = Math.max(1, keep.toMillis());
        return expected == null
                ? cache.putIfAbsent(key, next, millis, TimeUnit.MILLISECONDS) == null
                : cache.replace(key, expected, next, millis, TimeUnit.MILLISECONDS);
    }
}
