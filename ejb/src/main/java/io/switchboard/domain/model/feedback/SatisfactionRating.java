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

/** The visitor's verdict on one conversation (QA-1): 1 to 5 stars and an optional comment; one per conversation. */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating extends TenantOwned {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(nullable = false)
    private int score;

    @Column(name = "rating_comment", length = 500)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SatisfactionRating() {
    }

    public SatisfactionRating(long conversationId, Long agentId, int score, String comment, Instant createdAt) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be 1 to 5");
        }
        this.conversationId = conversationId;
        this.agentId = agentId;
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public Long getAgentId() { return agentId; }
    public int getScore() { return score; }
    public String getComment() { return comment; }
    public Instant getCreatedAt() { return createdAt; }
}
