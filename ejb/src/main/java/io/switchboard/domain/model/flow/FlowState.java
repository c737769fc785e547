package io.switchboard.domain.model.flow;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a conversation is in its flow: the node it is at, what that node waits for, the invalid answers so far, the
 * variables, the steps run since the visitor last wrote (the loop guard) and when the wait ends. Immutable; stored
 * with the conversation, so a restart or another node resumes it.
 *
 * @param node      the node the flow is at (null: finished)
 * @param waiting   what the flow waits for there
 * @param errors    invalid answers at this node so far
 * @param steps     nodes run since the visitor's last line
 * @param waitUntil when the wait times out (null: not waiting)
 */
public record FlowState(String node, Waiting waiting, int errors, Map<String, String> variables, int steps,
                        Instant waitUntil) {

    /** What a flow waits for. */
    public enum Waiting {
        /** Nothing: the flow is running or finished. */
        NONE,
        /** The visitor's answer to a menu, a collect or a satisfaction node, or a line for a bot. */
        ANSWER,
        /** The answer of an HTTP call made after the step's transaction. */
        CALL
    }

    public FlowState {
        variables = Map.copyOf(new TreeMap<>(variables == null ? Map.of() : variables));
        waiting = waiting == null ? Waiting.NONE : waiting;
    }

    public static FlowState at(String node) {
        return new FlowState(node, Waiting.NONE, 0, Map.of(), 0, null);
    }

    public boolean finished() {
        return node == null;
    }

    FlowState moveTo(String next) {
        return new FlowState(next, Waiting.NONE, 0, variables, steps + 1, null);
    }

    FlowState waitFor(Waiting what, Instant until) {
        return new FlowState(node, what, errors, variables, steps, until);
    }

    FlowState withError(Instant until) {
        return new FlowState(node, Waiting.ANSWER, errors + 1, variables, steps, until);
    }

    FlowState with(String variable, String value) {
        Map<String, String> v = new TreeMap<>(variables);
        v.put(variable, value);
        return new FlowState(node, waiting, errors, v, steps, waitUntil);
    }

    FlowState inputSeen() {
        return new FlowState(node, waiting, errors, variables, 0, waitUntil);
    }

    FlowState done() {
        return new FlowState(null, Waiting.NONE, 0, variables, steps, null);
    }
}
