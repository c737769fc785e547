package io.switchboard.domain.model.bot;

import java.util.List;

/** Finds the rules a question asks for; built once per bot and rule set, then used by many threads. */
public interface FaqMatcher {

    /** The confidence from which a match answers, and from which it is offered as a suggestion. */
    record Thresholds(double answer, double suggest) {
        /** The defaults, chosen on the project's paraphrase set (see FaqMatchQualityTest). */
        public static final Thresholds DEFAULT = new Thresholds(0.6, 0.2);

        public Thresholds {
            if (!(suggest >= 0 && suggest <= answer && answer <= 1)) {
                throw new IllegalArgumentException("thresholds need 0 <= suggest <= answer <= 1");
            }
        }
    }

    /** What to do with this question. */
    FaqAnswer match(String question);

    /** The best rules for the question, best first, at most {@code limit}, with their confidence. */
    List<Scored> ranked(String question, int limit);

    /** The words of a question as this matcher compares them (segmented, synonyms replaced, filler dropped). */
    java.util.Set<String> words(String question);

    /** A rule and how well the question matches it, in [0, 1]. */
    record Scored(FaqRule rule, double confidence) {
    }
}
