package io.switchboard.domain.model.flow;

/** An edge of a flow graph: from one exit ("port") of a node to another node. */
public record FlowEdge(String from, String port, String to) {
}
