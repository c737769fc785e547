package io.switchboard.domain.model.bot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agent assist's order (FL-4): the rules the tenant's bots find for a visitor's question, each raised by the times
 * agents chose it for similar questions (sharing at least {@link MissGroups#SIMILAR} of their words): every such
 * choice adds {@link #BOOST} to the rule's confidence, at most {@link #MAX_PICKS} of them, so five like choices
 * outweigh any difference in wording (confidences lie in [0, 1]). Plain Java, no state.
 */
public final class AssistRanking {

    public static final double BOOST = 0.2;
    public static final int MAX_PICKS = 5;
    /** A rule matched less surely is left out unless agents chose it for a similar question. */
    public static final double MIN_CONFIDENCE = FaqMatcher.Thresholds.DEFAULT.suggest();

    /** A rule a bot found for the question. */
    public record Candidate(long botId, FaqRule rule, double confidence) {
    }

    /** A candidate in its place: its confidence, the similar choices counted, and the score it was ordered by. */
    public record Ranked(long botId, FaqRule rule, double confidence, int picks, double score) {
    }

    /** An earlier choice: the rule and the words of the question it was chosen for. */
    public record Choice(long botId, long ruleId, Set<String> words) {
    }

    private AssistRanking() {
    }

    /**
     * @param words the question's words as each bot's matcher sees them (by bot id: synonyms are per bot)
     */
    public static List<Ranked> rank(List<Candidate> candidates, Map<Long, Set<String>> words, List<Choice> choices,
            int limit) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> asked = words.getOrDefault(c.botId(), Set.of());
            int picks = 0;
            for (Choice choice : choices) {
                if (choice.botId() == c.botId() && choice.ruleId() == c.rule().id()
                        && MissGroups.dice(asked, choice.words()) >= MissGroups.SIMILAR) {
                    picks++;
                }
            }
            picks = Math.min(picks, MAX_PICKS);
            if (picks == 0 && c.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            ranked.add(new Ranked(c.botId(), c.rule(), c.confidence(), picks, c.confidence() + BOOST * picks));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }
}
