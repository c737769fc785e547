package io.switchboard.domain.model.quickreply;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A canned answer (快捷回复, AG-2 / AD-3): public (公共, no owner, kept by admins) or private (私有, one agent's own).
 * An agent finds it by title or text and inserts the text into the reply box.
 */
@Entity
@Table(name = "quick_reply")
public class QuickReply extends TenantOwned {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "owner_agent_id")
    private Long ownerAgentId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuickReply() {
    }

    public QuickReply(Long ownerAgentId, Long categoryId, String title, String body, Instant at) {
        this.ownerAgentId = ownerAgentId;
        this.createdAt = at;
        change(categoryId, title, body);
    }

    /** A public reply of a named tenant, made outside a tenant's request (demo data, tenant set-up). */
    public static QuickReply publicInTenant(String tenantId, Long categoryId, String title, String body, Instant at) {
        QuickReply r = new QuickReply(null, categoryId, title, body, at);
        r.assignTenant(tenantId);
        return r;
    }

    public void change(Long newCategoryId, String newTitle, String newBody) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("title: a quick reply needs a title");
        }
        if (newBody == null || newBody.isBlank()) {
            throw new IllegalArgumentException("body: a quick reply needs a text");
        }
        this.categoryId = newCategoryId;
        this.title = newTitle.strip();
        this.body = newBody.strip();
    }

    public boolean isPublic() { return ownerAgentId == null; }

    public boolean visibleTo(long agentId) {
        return ownerAgentId == null || ownerAgentId == agentId;
    }

    public Long getId() { return id; }
    public Long getCategoryId() { return categoryId; }
    public Long getOwnerAgentId() { return ownerAgentId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
