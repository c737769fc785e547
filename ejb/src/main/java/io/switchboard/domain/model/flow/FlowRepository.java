package io.switchboard.domain.model.flow;

import java.util.List;
import java.util.Optional;

/** The tenant's flows and their published versions. */
public interface FlowRepository {

    void add(Flow flow);

    Optional<Flow> find(long id);

    /** The flow, locked against a concurrent publish or edit. */
    Optional<Flow> lock(long id);

    Optional<Flow> findByName(String name);

    /** Flows whose name or description contains the query (all when blank), by name. */
    List<Flow> search(String query, int offset, int limit);

    long count(String query);

    void remove(Flow flow);

    void addVersion(FlowVersion version);

    /** The flow's published versions, the newest first. */
    List<FlowVersion> versions(long flowId);

    Optional<FlowVersion> version(long flowId, int version);

    /** Where this conversation is in its flow, if it entered one. */
    Optional<ConversationFlow> run(long conversationId);

    void addRun(ConversationFlow run);
}
