package io.switchboard.domain.model.bot;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question no rule of the bot matched (FL-3 mines them). */
@Entity
@Table(name = "faq_miss")
public class FaqMiss extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bot_id", nullable = false)
    private long botId;
    @Column(nullable = false, length = 500)
    private String question;
    @Column(name = "conversation_id")
    private Long conversationId;
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected FaqMiss() {
    }

    public FaqMiss(long botId, String question, Long conversationId, Instant at) {
        this.botId = botId;
        this.question = question.length() > 500 ? question.substring(0, 500) : question;
        this.conversationId = conversationId;
        this.askedAt = at;
    }

    public Long getId() { return id; }
    public long getBotId() { return botId; }
    public String getQuestion() { return question; }
    public Long getConversationId() { return conversationId; }
    public Instant getAskedAt() { return askedAt; }
}
