package io.switchboard.domain.model.message;

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
 * A visitor message as it left the durable channel pipeline (endpoint, persistent JMS queue, consumer). The
 * client message id makes redelivery idempotent: the same id in the same tenant is stored once.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage extends TenantOwned {

    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind channel;

    @Column(name = "sender_id", nullable = false, length = 100)
    private String senderId;

    @Column(name = "client_message_id", nullable = false, length = 100)
    private String clientMessageId;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    @Column(name = "attachment_id", length = 36)
    private String attachmentId;

    protected InboundMessage() {
    }

    public InboundMessage(ChannelKind channel, String senderId, String clientMessageId, String body,
                          Instant acceptedAt, Instant processedAt, String attachmentId) {
        this.attachmentId = attachmentId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.senderId = Objects.requireNonNull(senderId, "senderId");
        this.clientMessageId = Objects.requireNonNull(clientMessageId, "clientMessageId");
        this.body = Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("message body longer than " + MAX_BODY + " characters");
        }
        this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
        this.processedAt = Objects.requireNonNull(processedAt, "processedAt");
    }

    public Long getId() {
        return id;
    }

    public ChannelKind getChannel() {
        return channel;
    }

    public String getSenderId() {
        return senderId;
    }

    public String getClientMessageId() {
        return clientMessageId;
    }

    public String getBody() {
        return body;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
