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

/**
 * A conversation flow (会话服务流, FL-1): its name, the draft being edited, and which published version new
 * conversations follow. Published versions are {@link FlowVersion}s and never change; a conversation keeps the
 * version it started on.
 */
@Entity
@Table(name = "flow")
public class Flow extends TenantOwned {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;
    /** The longest graph stored, as JSON. */
    public static final int MAX_GRAPH_CHARS = 500_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Convert(converter = FlowGraphConverter.class)
    @Column(nullable = false, length = MAX_GRAPH_CHARS)
    private FlowGraph draft;

    @Column(name = "draft_saved_at", nullable = false)
    private Instant draftSavedAt;

    /** The version new conversations follow; null until the first publish. */
    @Column(name = "active_version")
    private Integer activeVersion;

    /** The highest version published so far (0: none). */
    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Flow() {
    }

    public Flow(String name, String description, FlowGraph draft, Instant at) {
        this.createdAt = at;
        describe(name, description);
        saveDraft(draft, at);
    }

    public void describe(String newName, String newDescription) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name: a flow's name is 1 to " + MAX_NAME + " characters");
        }
        if (newDescription != null && newDescription.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description: at most " + MAX_DESCRIPTION + " characters");
        }
        this.name = newName.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    public void saveDraft(FlowGraph graph, Instant at) {
        this.draft = graph == null ? FlowGraph.starter() : graph;
        this.draftSavedAt = at;
    }

    /** The draft becomes the next version, which new conversations follow from now on. */
    public FlowVersion publish(String by, Instant at) {
        latestVersion++;
        activeVersion = latestVersion;
        return new FlowVersion(this, latestVersion, draft, by, at);
    }

    /** New conversations follow an earlier (or later) published version from now on (rollback). */
    public void activate(int version) {
        if (version < 1 || version > latestVersion) {
            throw new IllegalArgumentException("version: flow " + id + " has versions 1 to " + latestVersion);
        }
        activeVersion = version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public FlowGraph getDraft() {
        return draft;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Integer getActiveVersion() {
        return activeVersion;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
