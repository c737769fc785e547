package io.switchboard.domain.model.feedback;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What a visitor leaves when nobody is online or outside work hours (CH-7, 访客留言): how to reach them and what
 * they want. Open until an agent marks it processed.
 */
@Entity
@Table(name = "left_message")
public class LeftMessage extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "visitor_name", length = 100)
    private String visitorName;

    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "processed_by")
    private Long processedBy;

    protected LeftMessage() {
    }

    public LeftMessage(String channel, String visitorId, Long conversationId, String visitorName, String contact,
            String body, Instant createdAt) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.visitorId = Objects.requireNonNull(visitorId, "visitorId");
        this.conversationId = conversationId;
        this.visitorName = visitorName == null || visitorName.isBlank() ? null : visitorName.strip();
        this.contact = Objects.requireNonNull(contact, "contact").strip();
        this.body = Objects.requireNonNull(body, "body").strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void processed(long agentId, Instant at) {
        if (processedAt != null) {
            throw new IllegalStateException("message " + id + " is already processed");
        }
        this.processedAt = at;
        this.processedBy = agentId;
    }

    public Long getId() { return id; }
    public String getChannel() { return channel; }
    public String getVisitorId() { return visitorId; }
    public Long getConversationId() { return conversationId; }
    public String getVisitorName() { return visitorName; }
    public String getContact() { return contact; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getProcessedAt() { return processedAt; }
    public Long getProcessedBy() { return processedBy; }
}
