package io.switchboard.domain.model.bot;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A FAQ bot's knowledge rule as stored: a question, its variants (one per line), the answer, and whether it is hot. */
@Entity
@Table(name = "faq_rule")
public class KnowledgeRule extends TenantOwned {

    public static final int MAX_QUESTION = 200;
    public static final int MAX_VARIANTS = 20;
    public static final int MAX_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bot_id", nullable = false)
    private long botId;
    @Column(nullable = false, length = MAX_QUESTION)
    private String question;
    @Column(nullable = false, length = 4000)
    private String variants;
    @Column(nullable = false, length = MAX_ANSWER)
    private String answer;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Offered as a button with the bot's welcome (热门问题). */
    @Column(nullable = false)
    private boolean hot;

    protected KnowledgeRule() {
    }

    public KnowledgeRule(long botId, String question, List<String> variants, String answer, Instant at) {
        this.botId = botId;
        change(question, variants, answer, at);
    }

    public void change(String newQuestion, List<String> newVariants, String newAnswer, Instant at) {
        if (newQuestion == null || newQuestion.isBlank() || newQuestion.strip().length() > MAX_QUESTION) {
            throw new IllegalArgumentException("question: 1 to " + MAX_QUESTION + " characters");
        }
        if (newAnswer == null || newAnswer.isBlank() || newAnswer.strip().length() > MAX_ANSWER) {
            throw new IllegalArgumentException("answer: 1 to " + MAX_ANSWER + " characters");
        }
        List<String> cleaned = (newVariants == null ? List.<String>of() : newVariants).stream()
                .map(v -> v == null ? "" : v.replaceAll("[\\r\\n]+", " ").strip()).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (cleaned.size() > MAX_VARIANTS || cleaned.stream().anyMatch(v -> v.length() > MAX_QUESTION)) {
            throw new IllegalArgumentException("variants: at most " + MAX_VARIANTS + ", each at most " + MAX_QUESTION
                    + " characters");
        }
        this.question = newQuestion.strip();
        this.variants = String.join("\n", cleaned);
        this.answer = newAnswer.strip();
        this.updatedAt = at;
    }

    public void markHot(boolean isHot) {
        this.hot = isHot;
    }

    public boolean isHot() {
        return hot;
    }

    public FaqRule toRule() {
        return new FaqRule(id, question, variantList(), answer);
    }

    public List<String> variantList() {
        return variants.isEmpty() ? List.of() : List.of(variants.split("\n"));
    }

    public Long getId() { return id; }
    public long getBotId() { return botId; }
    public String getQuestion() { return question; }
    public String getAnswer() { return answer; }
    public Instant getUpdatedAt() { return updatedAt; }
}
