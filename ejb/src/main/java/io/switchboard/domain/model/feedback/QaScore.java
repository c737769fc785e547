package io.switchboard.domain.model.feedback;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A supervisor's quality score of one ended conversation (issue 21, 质检): 0 to 100, a comment, and marks per item
 * (0 to 100 each, e.g. 态度 = 90); one per conversation, scored again to change it.
 */
@Entity
@Table(name = "qa_score")
public class QaScore extends TenantOwned {

    public static final int MAX_SCORE = 100;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_ITEM_NAME = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(nullable = false)
    private int score;

    @Column(name = "qa_comment", length = 1000)
    private String comment;

    /** One item per line: {@code name=mark}. */
    @Column(nullable = false, length = 2000)
    private String marks;

    @Column(nullable = false, length = 100)
    private String scorer;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected QaScore() {
    }

    public QaScore(long conversationId, Long agentId) {
        this.conversationId = conversationId;
        this.agentId = agentId;
    }

    /** Sets the score, comment and marks (all or nothing: a bad value changes none). */
    public void score(int newScore, String newComment, Map<String, Integer> newMarks, String by, Instant at) {
        if (newScore < 0 || newScore > MAX_SCORE) {
            throw new IllegalArgumentException("score: 0 to " + MAX_SCORE);
        }
        if (newComment != null && newComment.length() > 1000) {
            throw new IllegalArgumentException("comment: at most 1000 characters");
        }
        Map<String, Integer> clean = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : (newMarks == null ? Map.<String, Integer>of() : newMarks).entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey().strip();
            if (name.isEmpty() || name.length() > MAX_ITEM_NAME || name.contains("=") || name.contains("\n")) {
                throw new IllegalArgumentException("marks: an item is named by 1 to " + MAX_ITEM_NAME
                        + " characters without '=' or a line break");
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_SCORE) {
                throw new IllegalArgumentException("marks: each mark is 0 to " + MAX_SCORE);
            }
            clean.put(name, e.getValue());
        }
        if (clean.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("marks: at most " + MAX_ITEMS + " items");
        }
        this.score = newScore;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        StringBuilder lines = new StringBuilder();
        clean.forEach((k, v) -> lines.append(lines.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        this.marks = lines.toString();
        this.scorer = Objects.requireNonNull(by, "by");
        this.scoredAt = Objects.requireNonNull(at, "at");
    }

    public Map<String, Integer> markMap() {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (marks != null && !marks.isEmpty()) {
            for (String line : marks.split("\n")) {
                int eq = line.lastIndexOf('=');
                out.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1)));
            }
        }
        return out;
    }

    public Long getId() { return id; }
    public long getConversationId() { return conversationId; }
    public Long getAgentId() { return agentId; }
    public int getScore() { return score; }
    public String getComment() { return comment; }
    public String getScorer() { return scorer; }
    public Instant getScoredAt() { return scoredAt; }
}
