package io.switchboard.domain.model.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation flow as drawn (FL-1): nodes and the edges between their exits. Immutable; what a published version
 * keeps and a running conversation follows. {@link FlowValidator} says whether it may be published.
 */
public record FlowGraph(List<FlowNode> nodes, List<FlowEdge> edges) {

    /** Variables every flow can read without setting them. */
    public static final Set<String> SYSTEM_VARIABLES = Set.of("visitor.id", "visitor.name", "visitor.language",
            "channel", "site", "now", "last.input");

    /** A {@code ${name}} placeholder in a text (the one definition the validator and the engine read). */
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]{0,60})}");

    public FlowGraph {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }

    /** The smallest flow: a start that leads straight to an end (a new flow's draft). */
    public static FlowGraph starter() {
        return new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), FlowNode.of("end", NodeKind.END)),
                List.of(new FlowEdge("start", "next", "end")));
    }

    public Optional<FlowNode> node(String id) {
        return nodes.stream().filter(n -> n.id() != null && n.id().equals(id)).findFirst();
    }

    public Optional<FlowNode> start() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.START).findFirst();
    }

    /** Where the node's exit leads, if it has an edge. */
    public Optional<String> next(String nodeId, String port) {
        return edges.stream().filter(e -> nodeId.equals(e.from()) && port.equals(e.port())).map(FlowEdge::to).findFirst();
    }

    /** The edges leaving a node. */
    public List<FlowEdge> edgesFrom(String nodeId) {
        return edges.stream().filter(e -> nodeId.equals(e.from())).toList();
    }

    /** The names of the {@code ${...}} placeholders in a text, in order. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1).strip());
            }
        }
        return names;
    }
}
