package io.switchboard.domain.model.bot;

import java.util.List;

/**
 * What a FAQ bot makes of a visitor's question: a sure match answers, a likely one offers the best few rules
 * ("您是不是想问…"), and anything weaker is a miss, kept for question mining (FL-3).
 */
public sealed interface FaqAnswer {

    /** The rule answers; {@code confidence} is in [0, 1]. */
    record Answered(FaqRule rule, double confidence) implements FaqAnswer {
    }

    /** Not sure: these rules, best first (at most three), are offered to choose from. */
    record Suggested(List<FaqRule> rules, double confidence) implements FaqAnswer {
        public Suggested {
            rules = List.copyOf(rules);
        }
    }

    /** Nothing comes close. */
    record Missed() implements FaqAnswer {
    }
}
