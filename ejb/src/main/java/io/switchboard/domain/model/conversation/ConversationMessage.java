package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message in a conversation's transcript. Dialog messages Switchboard sends itself (welcome, queued, queue
 * timeout …) are SYSTEM messages with a {@code code} naming the rule that sent them, so channels can deliver them
 * and tests can find them; their text is already rendered from the tenant's templates.
 */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sender sender;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ConversationMessage() {
    }

    private ConversationMessage(long conversationId, Sender sender, Long agentId, String code, String body, Instant at) {
        this.conversationId = conversationId;
        this.sender = sender;
        this.agentId = agentId;
        this.code = code;
        this.body = Objects.requireNonNull(body, "body");
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    public static ConversationMessage system(long conversationId, String code, String body, Instant at) {
        return new ConversationMessage(conversationId, Sender.SYSTEM, null, code, body, at);
    }

    public static ConversationMessage fromVisitor(long conversationId, String body, Instant at) {
        return new ConversationMessage(conversationId, Sender.VISITOR, null, null, body, at);
    }

    public static ConversationMessage fromAgent(long conversationId, long agentId, String body, Instant at) {
        return new ConversationMessage(conversationId, Sender.AGENT, agentId, null, body, at);
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public Sender getSender() { return sender; }
    public Long getAgentId() { return agentId; }
    public String getCode() { return code; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
}
