package io.switchboard.infrastructure.cluster;

import io.switchboard.domain.shared.ListedEntries;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Map;
import java.util.function.BiConsumer;
import org.infinispan.Cache;
import org.infinispan.commons.util.CloseableIterator;

/**
 * The visitors browsing now, one entry per visitor: the replicated cache "visits", so every node holds all of them and
 * lists a tenant's visitors from its own copy; a write reaches every node before it returns.
 */
@ApplicationScoped
@Typed(ListedEntries.class)
public class SharedVisits extends InfinispanEntries implements ListedEntries {

    static final String CACHE = "java:jboss/infinispan/cache/switchboard/visits";

    @Resource(lookup = CACHE)
    Cache<String, String> cache;

    @Override
    Cache<String, String> cache() {
        return cache;
    }

    @Override
    public void forEach(String prefix, BiConsumer<String, String> entry) {
        // a replicated cache owns every segment, so its iteration runs on this node's copy without asking the others
        try (CloseableIterator<Map.Entry<String, String>> all = direct().entrySet().iterator()) {
            while (all.hasNext()) {
                Map.Entry<String, String> e = all.next();
                if (e.getKey().startsWith(prefix)) {
                    entry.accept(e.getKey(), e.getValue());
                }
            }
        }
    }
}
