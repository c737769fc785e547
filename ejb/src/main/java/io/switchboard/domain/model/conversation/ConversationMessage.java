package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.attachment.Attachment;
import jakarta.persistence.FetchType;
import java.time.Duration;
import java.util.List;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

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
    // blocks of 50 ids (schema version 14): the lines and events of a routing round go out as JDBC batches
    @SequenceGenerator(name = "conversation_message_seq", sequenceName = "conversation_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_message_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sender sender;

    @Column(name = "agent_id")
    private Long agentId;

    /** Gap-free position in the conversation's transcript, from 1. */
    @Column(nullable = false)
    private long seq;

    @Column(name = "client_message_id", length = 100)
    private String clientMessageId;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** The image or file this message carries (CH-11); the body is then its file name. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    /** Sensitive words found in the text when the tenant warns instead of blocking (AD-7), comma-separated. */
    @Column(length = 500)
    private String flagged;

    /** The choices a bot line offers (a flow's menu), at most 20; stored as JSON. */
    @jakarta.persistence.Convert(converter = io.switchboard.infrastructure.persistence.MessageButtonsConverter.class)
    @Column(length = 4000)
    private List<MessageButton> buttons;

    /** When the agent took the message back (CH-10); the text stays for audit but is no longer shown. */
    @Column(name = "recalled_at")
    private Instant recalledAt;

    /** How long an agent may take a message back (CH-10). */
    public static final Duration RECALL_WINDOW = Duration.ofMinutes(2);

    protected ConversationMessage() {
    }

    private ConversationMessage(Conversation conversation, Sender sender, Long agentId, String code, String body,
            String clientMessageId, Instant at) {
        this.conversationId = conversation.getId();
        this.seq = conversation.nextSeq();
        this.clientMessageId = clientMessageId;
        this.sender = sender;
        this.agentId = agentId;
        this.code = code;
        this.body = Objects.requireNonNull(body, "body");
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    /** Each factory takes the conversation's next sequence number: call it under the tenant's routing lock. */
    public static ConversationMessage system(Conversation c, String code, String body, Instant at) {
        return new ConversationMessage(c, Sender.SYSTEM, null, code, body, null, at);
    }

    /** A line of the conversation's flow or bot (FL-1), with the buttons of a menu (none: a plain line). */
    public static ConversationMessage fromBot(Conversation c, String body, List<MessageButton> buttons, Instant at) {
        ConversationMessage m = new ConversationMessage(c, Sender.BOT, null, "FLOW", body, null, at);
        m.buttons = buttons == null || buttons.isEmpty() ? null : List.copyOf(buttons);
        return m;
    }

    public static ConversationMessage fromVisitor(Conversation c, String body, String clientMessageId, Instant at) {
        return new ConversationMessage(c, Sender.VISITOR, null, null, body, clientMessageId, at);
    }

    public static ConversationMessage fromAgent(Conversation c, long agentId, String body, Instant at) {
        return new ConversationMessage(c, Sender.AGENT, agentId, null, body, null, at);
    }

    /** Marks the message with the sensitive words it contains (none: no mark). */
    public ConversationMessage flag(List<String> words) {
        if (!words.isEmpty()) {
            String joined = String.join(",", words);
            this.flagged = joined.length() > 500 ? joined.substring(0, 500) : joined;
        }
        return this;
    }

    /** CH-10: only the agent who sent it, only within {@link #RECALL_WINDOW}, only once. */
    public void recall(long byAgentId, Instant now) {
        if (sender != Sender.AGENT || agentId == null || agentId != byAgentId) {
            throw new IllegalStateException("only the agent who sent a message can recall it");
        }
        if (recalledAt != null) {
            throw new IllegalStateException("message " + seq + " is already recalled");
        }
        if (now.isAfter(sentAt.plus(RECALL_WINDOW))) {
            throw new IllegalStateException("a message can be recalled within " + RECALL_WINDOW.toMinutes()
                    + " minutes of sending");
        }
        this.recalledAt = now;
    }

    /** Makes this message carry an upload; its text becomes the file name. */
    public ConversationMessage carrying(Attachment file) {
        this.attachment = file;
        this.body = file.getFileName();
        return this;
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public long getSeq() { return seq; }
    public String getClientMessageId() { return clientMessageId; }
    public Sender getSender() { return sender; }
    public Long getAgentId() { return agentId; }
    public String getCode() { return code; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
    public Attachment getAttachment() { return attachment; }
    public List<MessageButton> getButtons() { return buttons == null ? List.of() : buttons; }

    public List<String> getFlagged() { return flagged == null ? List.of() : List.of(flagged.split(",")); }
    public Instant getRecalledAt() { return recalledAt; }
}
