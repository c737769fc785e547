package io.switchboard.infrastructure.push;

import io.switchboard.domain.model.visitor.LiveVisits;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This node's {@link LiveVisits}: the visitor sockets it holds. One instance per node, like the sockets themselves;
 * the cluster issue replaces it with a shared cache.
 */
@ApplicationScoped
public class LiveVisitorRegistry {

    private final LiveVisits visits = new LiveVisits();

    public LiveVisits visits() {
        return visits;
    }
}
