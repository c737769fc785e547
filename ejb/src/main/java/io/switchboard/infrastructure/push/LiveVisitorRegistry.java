package io.switchboard.infrastructure.push;

import io.switchboard.domain.model.visitor.LiveVisits;
import io.switchboard.domain.shared.ListedEntries;
import io.switchboard.infrastructure.cluster.LocalNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The cluster's {@link LiveVisits}: every node shares the visits (SharedVisits), and this node counts the visitor
 * sockets it holds under its run's id.
 */
@ApplicationScoped
public class LiveVisitorRegistry {

    @Inject
    ListedEntries shared;
    @Inject
    LocalNode node;

    private LiveVisits visits;

    @PostConstruct
    void init() {
        visits = new LiveVisits(shared, node.id());
    }

    public LiveVisits visits() {
        return visits;
    }
}
