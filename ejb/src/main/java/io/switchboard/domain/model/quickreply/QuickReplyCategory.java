package io.switchboard.domain.model.quickreply;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of quick replies (问答分类): public (no owner) or one agent's own. */
@Entity
@Table(name = "quick_reply_category")
public class QuickReplyCategory extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_agent_id")
    private Long ownerAgentId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected QuickReplyCategory() {
    }

    public QuickReplyCategory(Long ownerAgentId, String name, int sortOrder) {
        this.ownerAgentId = ownerAgentId;
        rename(name, sortOrder);
    }

    /** A public category of a named tenant, made outside a tenant's request (demo data, tenant set-up). */
    public static QuickReplyCategory publicInTenant(String tenantId, String name, int sortOrder) {
        QuickReplyCategory c = new QuickReplyCategory(null, name, sortOrder);
        c.assignTenant(tenantId);
        return c;
    }

    public void rename(String newName, int newSortOrder) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name: a category needs a name");
        }
        this.name = newName.strip();
        this.sortOrder = newSortOrder;
    }

    public boolean isPublic() { return ownerAgentId == null; }

    /** Whether this agent sees it: public ones, and the agent's own. */
    public boolean visibleTo(long agentId) {
        return ownerAgentId == null || ownerAgentId == agentId;
    }

    public Long getId() { return id; }
    public Long getOwnerAgentId() { return ownerAgentId; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
}
