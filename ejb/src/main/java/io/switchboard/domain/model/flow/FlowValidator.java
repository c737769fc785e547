package io.switchboard.domain.model.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whether a flow may be published, and if not, every reason, each tied to its node (FL-1 "validation before publish"):
 * one start; ids unique; each node's fields complete and within limits ({@link NodeFieldChecks}); every edge from a
 * real exit to a real node; every required exit (a condition's default branch, each menu choice) leads somewhere;
 * every node reachable from the start; no loop that passes no node waiting for the visitor (it would run without
 * end); every variable read is a system variable or set somewhere in the flow; every skill group and bot exists.
 * Plain Java: what exists in the tenant is passed in.
 */
public final class FlowValidator {

    /** Nodes a flow may have. */
    public static final int MAX_NODES = 300;
    /** Edges a flow may have. */
    public static final int MAX_EDGES = 1000;

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** What the flow may refer to in its tenant, and how outbound addresses are judged. */
    public record Context(Set<Long> skillGroups, Set<Long> bots, Function<String, Optional<String>> urlRefusal) {
    }

    private final Context context;

    public FlowValidator(Context context) {
        this.context = context;
    }

    public List<FlowProblem> validate(FlowGraph graph) {
        Problems problems = new Problems();
        if (graph.nodes().size() > MAX_NODES || graph.edges().size() > MAX_EDGES) {
            problems.add("tooLarge", null, "a flow has at most " + MAX_NODES + " nodes and " + MAX_EDGES + " edges",
                    MAX_NODES, MAX_EDGES);
            return problems.list;
        }
        Map<String, FlowNode> byId = nodes(graph, problems);
        Set<String> variablesSet = variablesSet(graph);
        NodeFieldChecks fields = new NodeFieldChecks(context, variablesSet, problems);
        byId.values().forEach(fields::check);
        edges(graph, byId, problems);
        List<FlowNode> starts = graph.nodes().stream().filter(n -> n.kind() == NodeKind.START).toList();
        if (starts.isEmpty()) {
            problems.add("noStart", null, "the flow has no start node");
        } else {
            starts.stream().skip(1).forEach(n -> problems.add("manyStarts", n.id(), "a flow has one start node"));
            reachable(graph, byId, starts.get(0).id(), problems);
        }
        loopsWithoutInput(graph, byId, problems);
        return problems.list;
    }

    private static Map<String, FlowNode> nodes(FlowGraph graph, Problems problems) {
        Map<String, FlowNode> byId = new HashMap<>();
        for (FlowNode n : graph.nodes()) {
            if (n.id() == null || !NODE_ID.matcher(n.id()).matches()) {
                problems.add("badNodeId", null, "a node id is 1 to 40 letters, digits, '-' or '_': " + n.id(),
                        String.valueOf(n.id()));
            } else if (byId.putIfAbsent(n.id(), n) != null) {
                problems.add("duplicateNode", n.id(), "two nodes have the id " + n.id(), n.id());
            } else if (n.kind() == null) {
                byId.remove(n.id());
                problems.add("noKind", n.id(), "the node has no kind");
            }
        }
        return byId;
    }

    /** The exits a node has: its kind's, and one per menu choice or condition branch. */
    static Set<String> ports(FlowNode n) {
        Set<String> ports = new LinkedHashSet<>(n.kind().requiredPorts());
        ports.addAll(n.kind().optionalPorts());
        n.options().forEach(o -> ports.add(o.key()));
        n.branches().forEach(b -> ports.add(b.port()));
        return ports;
    }

    private static Set<String> requiredPorts(FlowNode n) {
        Set<String> ports = new LinkedHashSet<>(n.kind().requiredPorts());
        n.options().forEach(o -> ports.add(o.key()));
        n.branches().forEach(b -> ports.add(b.port()));
        return ports;
    }

    private static void edges(FlowGraph graph, Map<String, FlowNode> byId, Problems problems) {
        Set<String> exits = new HashSet<>();
        for (FlowEdge e : graph.edges()) {
            FlowNode from = byId.get(e.from());
            if (from == null || !byId.containsKey(e.to())) {
                problems.add("danglingEdge", from == null ? null : from.id(), "an edge from " + e.from() + " to "
                        + e.to() + " names a node that does not exist", String.valueOf(e.from()), String.valueOf(e.to()));
            } else if (e.port() == null || !ports(from).contains(e.port())) {
                problems.add("unknownPort", from.id(), "node " + from.id() + " has no exit " + e.port(),
                        String.valueOf(e.port()));
            } else if (!exits.add(e.from() + "\n" + e.port())) {
                problems.add("duplicateExit", from.id(), "exit " + e.port() + " of node " + from.id()
                        + " has more than one edge", e.port());
            } else if (byId.get(e.to()).kind() == NodeKind.START) {
                problems.add("edgeToStart", from.id(), "no edge may lead back to the start node");
            }
        }
        for (FlowNode n : byId.values()) {
            for (String port : requiredPorts(n)) {
                if (port != null && !exits.contains(n.id() + "\n" + port)) {
                    boolean isDefault = n.kind() == NodeKind.CONDITION && "default".equals(port);
                    problems.add(isDefault ? "missingDefault" : "missingExit", n.id(), isDefault
                            ? "condition " + n.id() + " has no default branch"
                            : "exit " + port + " of node " + n.id() + " leads nowhere", port);
                }
            }
        }
    }

    private static void reachable(FlowGraph graph, Map<String, FlowNode> byId, String start, Problems problems) {
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (FlowEdge e : graph.edgesFrom(todo.pop())) {
                if (byId.containsKey(e.to()) && seen.add(e.to())) {
                    todo.push(e.to());
                }
            }
        }
        graph.nodes().stream().filter(n -> byId.get(n.id()) == n && !seen.contains(n.id()))
                .forEach(n -> problems.add("unreachable", n.id(), "node " + n.id() + " cannot be reached from the start"));
    }

    /** A cycle among nodes that do not wait for the visitor would run on without end: each such cycle is named once. */
    private static void loopsWithoutInput(FlowGraph graph, Map<String, FlowNode> byId, Problems problems) {
        Map<String, List<String>> next = new HashMap<>();
        for (FlowEdge e : graph.edges()) {
            FlowNode from = byId.get(e.from());
            FlowNode to = byId.get(e.to());
            if (from != null && to != null && !from.kind().waitsForInput() && !to.kind().waitsForInput()) {
                next.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(to.id());
            }
        }
        Map<String, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (String root : next.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Map.Entry<String, Integer>> path = new ArrayDeque<>();
            path.push(Map.entry(root, 0));
            state.put(root, 1);
            while (!path.isEmpty()) {
                Map.Entry<String, Integer> top = path.pop();
                List<String> out = next.getOrDefault(top.getKey(), List.of());
                if (top.getValue() >= out.size()) {
                    state.put(top.getKey(), 2);
                    continue;
                }
                path.push(Map.entry(top.getKey(), top.getValue() + 1));
                String to = out.get(top.getValue());
                Integer s = state.get(to);
                if (s == null) {
                    state.put(to, 1);
                    path.push(Map.entry(to, 0));
                } else if (s == 1) {
                    problems.add("loopWithoutInput", to, "the loop through node " + to
                            + " never waits for the visitor and would run without end", to);
                }
            }
        }
    }

    /** The variables some node of the flow sets, and the system's. */
    private static Set<String> variablesSet(FlowGraph graph) {
        Set<String> set = new HashSet<>(FlowGraph.SYSTEM_VARIABLES);
        for (FlowNode n : graph.nodes()) {
            if (n.variable() != null) {
                set.add(n.variable());
            }
            n.outputs().forEach(o -> set.add(o.variable()));
        }
        return set;
    }

    /** The problems found so far. */
    static final class Problems {
        final List<FlowProblem> list = new ArrayList<>();

        void add(String code, String nodeId, String message, Object... arguments) {
            List<String> args = new ArrayList<>();
            for (Object a : arguments) {
                args.add(String.valueOf(a));
            }
            FlowProblem p = new FlowProblem(code, nodeId, message, args);
            if (!list.contains(p)) { // a loop entered by two edges is one problem
                list.add(p);
            }
        }
    }
}
