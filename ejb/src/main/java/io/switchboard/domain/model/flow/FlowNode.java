package io.switchboard.domain.model.flow;

import java.util.List;
import java.util.Map;

/**
 * One node of a flow graph, as the designer draws it and the JSON export writes it: its id, kind, label and place,
 * and the fields its kind uses (the others stay null). {@link FlowValidator} says which fields a kind needs.
 *
 * @param id           unique in the flow: letters, digits, '-' and '_' (at most 40)
 * @param text         MESSAGE, MENU, COLLECT, SATISFACTION and END: what is said (at most 600 characters, seed 004),
 *                     with {@code ${variable}} placeholders
 * @param imageUrl     MESSAGE: an image sent with or instead of the text
 * @param options      MENU: the choices; each choice's key is also the name of its exit
 * @param invalidText  MENU, COLLECT: said after an answer that is not valid (the node asks again)
 * @param timeoutText  MENU, COLLECT, SATISFACTION: said when the visitor does not answer in time
 * @param maxErrors    MENU, COLLECT: invalid answers before the "failed" exit [3]
 * @param timeoutSeconds MENU, COLLECT, SATISFACTION: how long the node waits for an answer [60]; HTTP: each call's
 *                     limit [5]
 * @param variable     COLLECT, SATISFACTION: where the answer is stored
 * @param input        COLLECT: what kind of value is accepted
 * @param pattern      COLLECT with {@link InputKind#PATTERN}: the regular expression the whole answer must match
 * @param branches     CONDITION: checked in order, the first that holds is taken
 * @param url          HTTP: where the JSON is POSTed (public addresses only)
 * @param body         HTTP: the JSON object's fields and their values (with placeholders)
 * @param outputs      HTTP: answer fields stored in variables (with a default when the call fails)
 * @param retries      HTTP: further attempts after a failed call [1]
 * @param skillGroupId TRANSFER: the skill group whose queue takes the conversation
 * @param failedText   TRANSFER: said when nobody of the group is signed in (then the "failed" exit)
 * @param botId        BOT: the FAQ bot that answers
 */
public record FlowNode(String id, NodeKind kind, String label, Double x, Double y, String text, String imageUrl,
                       List<MenuOption> options, String invalidText, String timeoutText, Integer maxErrors,
                       Integer timeoutSeconds, String variable, InputKind input, String pattern,
                       List<Branch> branches, String url, Map<String, String> body, List<ApiOutput> outputs,
                       Integer retries, Long skillGroupId, String failedText, Long botId) {

    /** Invalid answers a waiting node takes before its "failed" exit, unless it says otherwise (seed 004: 3). */
    public static final int DEFAULT_MAX_ERRORS = 3;
    /** How long a waiting node waits for an answer, unless it says otherwise (seed 004: 60 s). */
    public static final int DEFAULT_WAIT_SECONDS = 60;
    /** How long one HTTP call may take, unless the node says otherwise. */
    public static final int DEFAULT_CALL_SECONDS = 5;
    /** Further HTTP attempts after a failure, unless the node says otherwise. */
    public static final int DEFAULT_RETRIES = 1;

    public FlowNode {
        options = options == null ? List.of() : List.copyOf(options);
        branches = branches == null ? List.of() : List.copyOf(branches);
        body = body == null ? Map.of() : Map.copyOf(body);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** A node with only its id and kind (the designer's fresh node; tests). */
    public static FlowNode of(String id, NodeKind kind) {
        return new FlowNode(id, kind, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public int maxErrorsOrDefault() {
        return maxErrors == null ? DEFAULT_MAX_ERRORS : maxErrors;
    }

    public int waitSecondsOrDefault() {
        return timeoutSeconds == null ? DEFAULT_WAIT_SECONDS : timeoutSeconds;
    }

    public int callSecondsOrDefault() {
        return timeoutSeconds == null ? DEFAULT_CALL_SECONDS : timeoutSeconds;
    }

    public int retriesOrDefault() {
        return retries == null ? DEFAULT_RETRIES : retries;
    }

    /** A menu choice: its key (the exit's name, also what the visitor may type, e.g. "1") and its button text. */
    public record MenuOption(String key, String label) {
    }

    /** A condition branch: its exit's name, a label, and the checks that must all hold. */
    public record Branch(String port, String label, List<Check> checks) {
        public Branch {
            checks = checks == null ? List.of() : List.copyOf(checks);
        }
    }

    /**
     * One check of a branch.
     *
     * @param subject what is looked at
     * @param name    VARIABLE: the variable's name
     * @param op      how
     * @param value   compared with (TIME BETWEEN: "09:00-18:00"; WEEKDAY IN: "1-5" or "1,3,5", Monday = 1)
     */
    public record Check(Subject subject, String name, Op op, String value) {
    }

    /** What a check looks at. */
    public enum Subject { VARIABLE, CHANNEL, TAG, TIME, WEEKDAY }

    /** How a check compares. */
    public enum Op { EQUALS, NOT_EQUALS, CONTAINS, GREATER_THAN, LESS_THAN, PRESENT, ABSENT, BETWEEN, IN }

    /**
     * An answer field stored in a variable.
     *
     * @param path         where in the answer: a JSON path such as {@code $.data.level} or {@code $.items[0].id}
     * @param defaultValue stored when the call failed or the answer has no such field
     */
    public record ApiOutput(String variable, String path, String defaultValue) {
    }
}
