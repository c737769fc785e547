package io.switchboard.infrastructure.cluster;

import io.switchboard.domain.shared.SharedEntries;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.infinispan.Cache;

/**
 * Throttling counts every node shares: rate-limit buckets (visitor lines, widget requests per address) and login
 * failures. The distributed cache "throttle": two owners, so a node's death keeps them; every entry has a lifespan and
 * the cache a bound on its size, so a flood of keys cannot fill the heap.
 */
@ApplicationScoped
@Typed(SharedEntries.class)
public class SharedThrottles extends InfinispanEntries {

    /** JNDI name of the cache (the container binds each cache under java:jboss/infinispan/cache/container/cache). */
    static final String CACHE = "java:jboss/infinispan/cache/switchboard/throttle";

    @Resource(lookup = CACHE)
    Cache<String, String> cache;

    @Override
    Cache<String, String> cache() {
        return cache;
    }
}
