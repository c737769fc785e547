package io.switchboard.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import org.infinispan.Cache;

/**
 * The generation of each kind of looked-up configuration (a tenant's blacklist, sensitive words, routing settings,
 * skill groups; a widget site key): a random text that changes whenever the configuration does. Every node caches
 * lookups in its own memory stamped with the generation they were read under, and reads again when the stamp no longer
 * matches, so a change on one node is seen by the next lookup on every node. The replicated cache "generations":
 * reading is a local map lookup, a change reaches every node before it returns.
 */
@ApplicationScoped
public class LookupGenerations {

    /** The generation of a key nothing has changed since the cluster started. */
    public static final String FIRST = "0";

    static final String CACHE = "java:jboss/infinispan/cache/switchboard/generations";

    @Resource(lookup = CACHE)
    Cache<String, String> cache;

    /** The cache itself, not WildFly's lazy handle, which looks it up under a lock on every call (see InfinispanEntries). */
    private volatile Cache<String, String> direct;

    private Cache<String, String> direct() {
        Cache<String, String> c = direct;
        if (c == null) {
            c = cache.getAdvancedCache();
            direct = c;
        }
        return c;
    }

    /** The key's generation now. */
    public String current(String key) {
        String g = direct().get(key);
        return g == null ? FIRST : g;
    }

    /** The key's configuration changed: a new generation, which makes every node's cached lookup of it stale. */
    public void bump(String key) {
        direct().put(key, Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE | 1, 36));
    }
}
