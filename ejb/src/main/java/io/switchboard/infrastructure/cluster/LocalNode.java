package io.switchboard.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This server for the length of one run: {@code jboss.node.name} and a random part, so a node that restarts is a
 * new node, and whatever the old one held (sockets, the deadline lease) counts as gone.
 */
@ApplicationScoped
public class LocalNode {

    private final String id = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();

    public String id() {
        return id;
    }
}
