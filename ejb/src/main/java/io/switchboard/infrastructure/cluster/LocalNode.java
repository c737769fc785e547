package io.switchboard.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This server for the length of one run: {@code jboss.node.name} and a random part, so a node that restarts is a
 * new node, and whatever the old one held (sockets, the deadline lease) counts as gone.
 */
@ApplicationScoped
public class LocalNode {

    private final String name = System.getProperty("jboss.node.name", "node");
    private final String id = name + "/" + UUID.randomUUID();

    /** This run of the node: its name and a random part. */
    public String id() {
        return id;
    }

    /** The node's name ({@code jboss.node.name}; also the session route of the SRV cookie). */
    public String name() {
        return name;
    }
}
