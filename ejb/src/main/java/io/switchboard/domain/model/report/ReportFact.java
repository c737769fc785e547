package io.switchboard.domain.model.report;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reporting fact (issue 21), stored in the same transaction as the change it records and never changed after,
 * except for the flag that says it was counted into the hourly rollups ({@link HourlyRollup}; set in bulk by the
 * roller): the reports' source of truth, and what a figure's drill-down lists.
 */
@Entity
@Table(name = "report_fact")
public class ReportFact extends TenantOwned {

    @Id
    @SequenceGenerator(name = "report_fact_seq", sequenceName = "report_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_fact_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FactKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "bucket_at", nullable = false)
    private Instant bucketAt;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "skill_group_id")
    private Long skillGroupId;

    @Column(length = 20)
    private String channel;

    @Column(length = 100)
    private String association;

    @Column(name = "value_ms")
    private Long valueMs;

    @Column(name = "amount", nullable = false)
    private int count;

    @Column(length = 40)
    private String detail;

    @Column(name = "rolled_up", nullable = false)
    private boolean rolledUp;

    protected ReportFact() {
    }

    public ReportFact(RaisedFact f, Long conversationId, String channel, String association) {
        this.kind = f.kind();
        this.occurredAt = f.at();
        this.bucketAt = f.bucketAt();
        this.conversationId = conversationId;
        this.agentId = f.agentId();
        this.skillGroupId = f.groupId();
        this.channel = channel;
        this.association = association == null || association.length() <= 100 ? association : association.substring(0, 100);
        this.valueMs = f.valueMs();
        this.count = f.count();
        this.detail = f.detail() == null || f.detail().length() <= 40 ? f.detail() : f.detail().substring(0, 40);
    }

    public Long getId() { return id; }
    public FactKind getKind() { return kind; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getBucketAt() { return bucketAt; }
    public Long getConversationId() { return conversationId; }
    public Long getAgentId() { return agentId; }
    public Long getSkillGroupId() { return skillGroupId; }
    public String getChannel() { return channel; }
    public String getAssociation() { return association; }
    public Long getValueMs() { return valueMs; }
    public int getCount() { return count; }
    public String getDetail() { return detail; }
    public boolean isRolledUp() { return rolledUp; }
}
