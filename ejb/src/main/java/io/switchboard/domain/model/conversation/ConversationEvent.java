package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The persisted log of routing events (queued, assigned, re-routed, transferred, ended, agent status changed …):
 * the source for reports and webhooks. The same event is also fired as a CDI event after it is stored.
 */
@Entity
@Table(name = "conversation_event")
public class ConversationEvent extends TenantOwned {

    @Id
    // blocks of 50 ids (schema version 14): the lines and events of a routing round go out as JDBC batches
    @SequenceGenerator(name = "conversation_event_seq", sequenceName = "conversation_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_event_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "skill_group_id")
    private Long skillGroupId;

    @Column(length = 500)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ConversationEvent() {
    }

    public ConversationEvent(String type, Long conversationId, Long agentId, Long skillGroupId, String detail, Instant at) {
        this.type = type;
        this.conversationId = conversationId;
        this.agentId = agentId;
        this.skillGroupId = skillGroupId;
        this.detail = detail;
        this.occurredAt = at;
    }

    public Long getId() { return id; }
    public String getType() { return type; }
    public Long getConversationId() { return conversationId; }
    public Long getAgentId() { return agentId; }
    public Long getSkillGroupId() { return skillGroupId; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt; }
}
