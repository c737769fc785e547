package io.switchboard.application.internal;

import io.switchboard.domain.model.flow.Flow;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowRepository;
import io.switchboard.domain.model.flow.FlowVersion;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published graphs flows run on. A published version never changes, so each is read and parsed once per node
 * and kept (bounded); which version is active is read from the flow's row each time a conversation enters it.
 */
@ApplicationScoped
class FlowGraphs {

    /** The most versions kept; past it the cache starts over, which costs one read per version. */
    private static final int MAX_CACHED = 2_000;

    /** A flow's active version and its graph. */
    record Active(long flowId, int version, FlowGraph graph) {
    }

    private final Map<String, FlowGraph> versions = new ConcurrentHashMap<>();

    @Inject
    FlowRepository flows;
    @Inject
    TenantContext tenant;

    /** The version new conversations of this flow follow; empty when the flow is gone or was never published. */
    Optional<Active> active(long flowId) {
        Optional<Flow> flow = flows.find(flowId);
        if (flow.isEmpty() || flow.get().getActiveVersion() == null) {
            return Optional.empty();
        }
        int version = flow.get().getActiveVersion();
        return version(flowId, version).map(g -> new Active(flowId, version, g));
    }

    /** A published version's graph, for a conversation that started on it; empty when the flow was deleted. */
    Optional<FlowGraph> version(long flowId, int version) {
        String key = tenant.requireTenant() + "/" + flowId + "/" + version;
        FlowGraph cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FlowGraph> loaded = flows.version(flowId, version).map(FlowVersion::getGraph);
        loaded.ifPresent(g -> {
            if (versions.size() >= MAX_CACHED) {
                versions.clear();
            }
            versions.put(key, g);
        });
        return loaded;
    }
}
