package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.routing.WaitingConversation;
import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A queued conversation's place in line (RT-7): its priority, its arrival sequence, its candidate groups in
 * overflow order, and an optional reservation for the previous agent (RT-5). Exists exactly while the
 * conversation is QUEUED; the row per candidate group in {@code queue_entry_group} lets one indexed query read a
 * group's queue in service order.
 */
@Entity
@Table(name = "queue_entry")
public class QueueEntry extends TenantOwned {

    /** The conversation's id: one entry per conversation. */
    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(nullable = false)
    private int priority;

    /** Arrival order: the conversation id, handed out under the tenant's routing lock. */
    @Column(nullable = false)
    private long seq;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    @Column(name = "preferred_agent_id")
    private Long preferredAgentId;
    @Column(name = "preferred_until")
    private Instant preferredUntil;
    @Column(name = "excluded_agent_id")
    private Long excludedAgentId;

    /** Whether the visitor was told their place; false while an arrival waits for the tenant's dispatcher. */
    @Column(nullable = false)
    private boolean announced = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_entry_group", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill_group_id", nullable = false)
    private List<Long> groupIds = new ArrayList<>();

    protected QueueEntry() {
    }

    public QueueEntry(WaitingConversation w, Instant at) {
        this.conversationId = w.conversationId();
        this.priority = w.priority();
        this.seq = w.seq();
        this.enqueuedAt = at;
        this.groupIds = new ArrayList<>(w.groups());
        this.preferredAgentId = w.preferredAgent() == 0 ? null : w.preferredAgent();
        this.preferredUntil = w.preferredUntil();
        this.excludedAgentId = w.excludedAgent() == 0 ? null : w.excludedAgent();
    }

    public WaitingConversation toWaiting() {
        return new WaitingConversation(conversationId, priority, seq, groupIds,
                preferredAgentId == null ? 0 : preferredAgentId, preferredUntil,
                excludedAgentId == null ? 0 : excludedAgentId);
    }

    /** An arrival queued without the routing lock: the dispatcher places it, or tells the visitor their place. */
    public QueueEntry unannounced() {
        announced = false;
        return this;
    }

    public void announced() {
        announced = true;
    }

    public boolean isAnnounced() {
        return announced;
    }

    /** Whether this entry waited for its previous agent (RT-5) and that wait is over at {@code now}. */
    public boolean reservationOver(Instant now) {
        return preferredAgentId != null && preferredUntil != null && !preferredUntil.isAfter(now);
    }

    /** The wait for the previous agent is over: from now on any member of the groups may take it. */
    public void endReservation() {
        preferredAgentId = null;
        preferredUntil = null;
    }

    public Long getConversationId() { return conversationId; }
    public int getPriority() { return priority; }
    public long getSeq() { return seq; }
    public Instant getEnqueuedAt() { return enqueuedAt; }
    public Long getPreferredAgentId() { return preferredAgentId; }
    public Instant getPreferredUntil() { return preferredUntil; }
    public List<Long> getGroupIds() { return List.copyOf(groupIds); }
}
