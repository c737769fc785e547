package io.switchboard.domain.model.flow;

import java.util.List;

/**
 * Something that keeps a flow from being published, tied to the node it concerns (null: the whole flow).
 *
 * @param code      names the problem for a user interface that says it in its own language (bundle key
 *                  {@code flow.problem.<code>} with the arguments as {0}, {1} …)
 * @param message   the problem in English, for the API
 * @param arguments the values the text names
 */
public record FlowProblem(String code, String nodeId, String message, List<String> arguments) {

    public FlowProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
