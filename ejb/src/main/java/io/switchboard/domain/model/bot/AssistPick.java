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
import java.util.LinkedHashSet;
import java.util.Set;

/** An answer an agent chose from the suggestions (FL-4), with the words of the question it answered. */
@Entity
@Table(name = "assist_pick")
public class AssistPick extends TenantOwned {

    private static final int MAX_WORDS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bot_id", nullable = false)
    private long botId;
    @Column(name = "rule_id", nullable = false)
    private long ruleId;
    /** The question's words as the bot's matcher saw them, separated by spaces. */
    @Column(nullable = false, length = MAX_WORDS)
    private String words;
    @Column(name = "picked_at", nullable = false)
    private Instant pickedAt;

    protected AssistPick() {
    }

    public AssistPick(long botId, long ruleId, Set<String> questionWords, Instant at) {
        this.botId = botId;
        this.ruleId = ruleId;
        StringBuilder joined = new StringBuilder();
        for (String w : questionWords) {
            if (joined.length() + w.length() + 1 > MAX_WORDS) {
                break;
            }
            joined.append(joined.length() == 0 ? "" : " ").append(w.replace(' ', '_'));
        }
        this.words = joined.toString();
        this.pickedAt = at;
    }

    public Set<String> wordSet() {
        return words.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(words.split(" ")));
    }

    public Long getId() { return id; }
    public long getBotId() { return botId; }
    public long getRuleId() { return ruleId; }
    public Instant getPickedAt() { return pickedAt; }
}
