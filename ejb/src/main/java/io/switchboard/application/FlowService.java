package io.switchboard.application;

import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowProblem;
import java.time.Instant;
import java.util.List;

/**
 * Conversation flows of the caller's tenant (FL-1): drafts that may be saved half-done, validation that names every
 * problem, publishing as numbered versions, rollback to an earlier version, JSON export and import.
 */
public interface FlowService {

    /** The longest JSON a flow import (or draft) may be. */
    int MAX_JSON_BYTES = 1024 * 1024;

    record FlowSummary(long id, String name, String description, Integer activeVersion, int latestVersion,
                       Instant draftSavedAt, Instant createdAt) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    record VersionView(int version, String publishedBy, Instant publishedAt, boolean active)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A flow with its draft, the draft's problems (it may be saved with them, not published) and its versions. */
    record FlowDetail(FlowSummary flow, FlowGraph draft, List<FlowProblem> problems, List<VersionView> versions) {
    }

    /** What an export holds and an import reads. */
    record FlowExport(String format, String name, String description, FlowGraph graph) {
        public static final String FORMAT = "switchboard-flow/1";
    }

    record FlowPage(List<FlowSummary> items, long total) {
    }

    /**
     * Where a conversation is or was in its flow, and the variables it collected (shown to the agent after the
     * hand-off); {@code node} is null once it left, {@code outcome} says how (null while it runs).
     */
    record RunView(long conversationId, long flowId, String flowName, int version, String node, String outcome,
                   java.util.Map<String, String> variables) {
    }

    /** The flow run of this conversation of the tenant; empty when it ran no flow. */
    java.util.Optional<RunView> run(long conversationId);

    FlowPage search(String query, int offset, int limit);

    FlowDetail get(long id);

    /** A new flow; without a graph its draft is a start leading to an end. 409 {@code flow.nameTaken}. */
    FlowDetail create(String name, String description, FlowGraph graph);

    FlowDetail describe(long id, String name, String description);

    /** Saves the draft as it is (problems and all, within the size limits) and says its problems. */
    FlowDetail saveDraft(long id, FlowGraph graph);

    /** The draft's problems: empty when it may be published. */
    List<FlowProblem> validate(long id);

    /** The draft becomes the next version, which new conversations follow; {@link FlowInvalidException} if not valid. */
    VersionView publish(long id);

    /** New conversations follow this published version from now on (rollback). */
    FlowDetail activate(long id, int version);

    /** A published version's graph, as it was published. */
    FlowGraph version(long id, int version);

    FlowExport export(long id);

    /**
     * A new flow from an export (a draft: it is validated, and publishing it is a separate step). Refused when larger
     * than {@link #MAX_JSON_BYTES} (413), not an export (400), or over the graph limits (422); a name taken gets
     * " (2)", " (3)" … appended.
     */
    FlowDetail importFlow(byte[] json);

    void delete(long id);
}
