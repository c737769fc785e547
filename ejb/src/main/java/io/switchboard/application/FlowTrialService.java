package io.switchboard.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * "Try it" in the flow designer (FL-1): a flow's saved draft runs as it would for a web visitor, without a
 * conversation: its lines come back at once, an API node calls its address for real (with the outbound address
 * policy), a bot node answers with the FAQ bot (misses are not kept), a transfer or an end finishes the trial. The
 * caller keeps the {@link TrialState} between lines; nothing is stored.
 */
public interface FlowTrialService {

    /** Who said a line: the flow (or its bot), the visitor, or the trial itself (a transfer, an end, a wait). */
    enum Speaker { BOT, VISITOR, NOTE }

    record TrialButton(String key, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    record TrialLine(Speaker speaker, String text, List<TrialButton> buttons) implements Serializable {
        private static final long serialVersionUID = 1L;

        public TrialLine {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /** Where the trial is: a node (null: finished), what it waits for, the variables. */
    record TrialState(String node, String waiting, int errors, Map<String, String> variables, int steps)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public TrialState {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }

        public boolean finished() {
            return node == null;
        }
    }

    /** The state after a move and the lines it produced (the visitor's own line first, when there was one). */
    record Trial(TrialState state, List<TrialLine> lines) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Trial {
            lines = List.copyOf(lines);
        }
    }

    /** The draft starts, as for a new visitor; {@link FlowInvalidException} when it has problems. */
    Trial start(long flowId, String language);

    /** The visitor wrote (or clicked a button: its key). */
    Trial answer(long flowId, TrialState state, String text, String language);

    /** The visitor did not answer in time. */
    Trial timeout(long flowId, TrialState state, String language);
}
