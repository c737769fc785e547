package io.switchboard.domain.model.bot;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A FAQ bot (FL-2, S3 §8): what it says first, what it says when no rule matches, the words that hand the visitor to
 * a person (转人工) and after how many misses it hands over anyway, and the tenant's synonyms for its rules. Its
 * knowledge rules are {@link KnowledgeRule}s; {@link #getRulesVersion()} moves with every change of them.
 */
@Entity
@Table(name = "faq_bot")
public class FaqBot extends TenantOwned {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 600;
    public static final int MAX_SYNONYMS = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = MAX_NAME)
    private String name;
    @Column(length = MAX_TEXT)
    private String welcome;
    @Column(name = "repeat_reply", length = 600)
    private String repeatReply;
    @Column(name = "timeout_reply", length = 600)
    private String timeoutReply;
    @Column(name = "default_reply", nullable = false, length = MAX_TEXT)
    private String defaultReply;
    @Column(name = "handoff_keywords", nullable = false, length = 500)
    private String handoffKeywords;
    @Column(name = "miss_limit", nullable = false)
    private int missLimit;
    /** One group per line, words separated by commas; the first word of a line is the one kept. */
    @Column(nullable = false, length = MAX_SYNONYMS)
    private String synonyms;
    @Column(name = "rules_version", nullable = false)
    private long rulesVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FaqBot() {
    }

    public FaqBot(String name, Instant at) {
        this.createdAt = at;
        rename(name);
        configure(null, "抱歉，我没有理解您的问题，您可以换个说法，或输入“转人工”。", "转人工,人工客服,人工", 3, "");
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name: a bot's name is 1 to " + MAX_NAME + " characters");
        }
        this.name = newName.strip();
    }

    public void configure(String newWelcome, String newDefaultReply, String newHandoffKeywords, int newMissLimit,
            String newSynonyms) {
        if (newDefaultReply == null || newDefaultReply.isBlank() || newDefaultReply.length() > MAX_TEXT) {
            throw new IllegalArgumentException("defaultReply: 1 to " + MAX_TEXT + " characters");
        }
        if (newWelcome != null && newWelcome.length() > MAX_TEXT) {
            throw new IllegalArgumentException("welcome: at most " + MAX_TEXT + " characters");
        }
        if (newHandoffKeywords == null || newHandoffKeywords.length() > 500) {
            throw new IllegalArgumentException("handoffKeywords: at most 500 characters");
        }
        if (newMissLimit < 1 || newMissLimit > 20) {
            throw new IllegalArgumentException("missLimit: 1 to 20");
        }
        if (newSynonyms != null && newSynonyms.length() > MAX_SYNONYMS) {
            throw new IllegalArgumentException("synonyms: at most " + MAX_SYNONYMS + " characters");
        }
        boolean synonymsChanged = !(newSynonyms == null ? "" : newSynonyms).equals(synonyms);
        this.welcome = newWelcome == null || newWelcome.isBlank() ? null : newWelcome.strip();
        this.defaultReply = newDefaultReply.strip();
        this.handoffKeywords = newHandoffKeywords.strip();
        this.missLimit = newMissLimit;
        this.synonyms = newSynonyms == null ? "" : newSynonyms.strip();
        if (synonymsChanged) {
            rulesChanged();
        }
    }

    /**
     * What the bot says when the visitor asks again what it just answered (before the answer), and when the visitor
     * stays silent at the bot until its wait ends; blank: nothing.
     */
    public void replies(String newRepeatReply, String newTimeoutReply) {
        if (newRepeatReply != null && newRepeatReply.length() > MAX_TEXT) {
            throw new IllegalArgumentException("repeatReply: at most " + MAX_TEXT + " characters");
        }
        if (newTimeoutReply != null && newTimeoutReply.length() > MAX_TEXT) {
            throw new IllegalArgumentException("timeoutReply: at most " + MAX_TEXT + " characters");
        }
        this.repeatReply = newRepeatReply == null || newRepeatReply.isBlank() ? null : newRepeatReply.strip();
        this.timeoutReply = newTimeoutReply == null || newTimeoutReply.isBlank() ? null : newTimeoutReply.strip();
    }

    /** The matcher every node keeps for this bot is out of date. */
    public void rulesChanged() {
        rulesVersion++;
    }

    public List<String> handoffWords() {
        return Arrays.stream(handoffKeywords.split("[,，\\n]")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    public List<List<String>> synonymGroups() {
        return synonyms.lines().map(l -> Arrays.stream(l.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty())
                .toList()).filter(g -> g.size() > 1).toList();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getWelcome() { return welcome; }
    public String getRepeatReply() { return repeatReply; }
    public String getTimeoutReply() { return timeoutReply; }
    public String getDefaultReply() { return defaultReply; }
    public String getHandoffKeywords() { return handoffKeywords; }
    public int getMissLimit() { return missLimit; }
    public String getSynonyms() { return synonyms; }
    public long getRulesVersion() { return rulesVersion; }
    public Instant getCreatedAt() { return createdAt; }
}
