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
    public static final int MAX_FOLLOW_UPS = 10;
    public static final int MAX_FOLLOW_UP = 50;
    public static final int MAX_URL = 500;

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
    /** Follow-up questions offered as buttons with the answer, one per line. */
    @Column(name = "follow_ups", nullable = false, length = 1000)
    private String followUps = "";
    @Column(name = "image_url", length = MAX_URL)
    private String imageUrl;
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

    /**
     * What comes with the answer: follow-up questions as buttons (at most {@value #MAX_FOLLOW_UPS}, each at most
     * {@value #MAX_FOLLOW_UP} characters) and an image (an http(s) address).
     */
    public void present(List<String> newFollowUps, String newImageUrl) {
        List<String> cleaned = (newFollowUps == null ? List.<String>of() : newFollowUps).stream()
                .map(v -> v == null ? "" : v.replaceAll("[\\r\\n]+", " ").strip()).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (cleaned.size() > MAX_FOLLOW_UPS || cleaned.stream().anyMatch(v -> v.length() > MAX_FOLLOW_UP)) {
            throw new IllegalArgumentException("followUps: at most " + MAX_FOLLOW_UPS + ", each at most "
                    + MAX_FOLLOW_UP + " characters");
        }
        String url = newImageUrl == null || newImageUrl.isBlank() ? null : newImageUrl.strip();
        if (url != null && (url.length() > MAX_URL || !url.matches("(?i)https?://\\S+"))) {
            throw new IllegalArgumentException("imageUrl: an http(s) address of at most " + MAX_URL + " characters");
        }
        this.followUps = String.join("\n", cleaned);
        this.imageUrl = url;
    }

    public List<String> followUpList() {
        return followUps == null || followUps.isEmpty() ? List.of() : List.of(followUps.split("\n"));
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void markHot(boolean isHot) {
        this.hot = isHot;
    }

    public boolean isHot() {
        return hot;
    }

    public FaqRule toRule() {
        return new FaqRule(id, question, variantList(), answer, followUpList(), imageUrl);
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
