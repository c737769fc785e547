package io.switchboard.domain.model.flow;

import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.infrastructure.persistence.FlowGraphConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published version of a flow: its graph as it was at publish, never changed afterwards. */
@Entity
@Table(name = "flow_version")
public class FlowVersion extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flow_id", nullable = false)
    private long flowId;

    @Column(nullable = false)
    private int version;

    @Convert(converter = FlowGraphConverter.class)
    @Column(nullable = false, length = Flow.MAX_GRAPH_CHARS)
    private FlowGraph graph;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected FlowVersion() {
    }

    FlowVersion(Flow flow, int version, FlowGraph graph, String publishedBy, Instant at) {
        this.flowId = flow.getId();
        this.version = version;
        this.graph = graph;
        this.publishedBy = publishedBy;
        this.publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getFlowId() {
        return flowId;
    }

    public int getVersion() {
        return version;
    }

    public FlowGraph getGraph() {
        return graph;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
