package io.switchboard.domain.model.bot;

import java.util.List;

/**
 * One knowledge rule of a FAQ bot (FL-2, S3 §8): a standard question, the other ways visitors ask it, and the answer,
 * with the follow-up questions offered as buttons under it (a menu: a click asks that question, for answers that
 * take more than one turn) and an image sent with it.
 */
public record FaqRule(long id, String question, List<String> variants, String answer, List<String> followUps,
                      String imageUrl) {

    public FaqRule {
        variants = variants == null ? List.of() : List.copyOf(variants);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A rule answered with text only. */
    public FaqRule(long id, String question, List<String> variants, String answer) {
        this(id, question, variants, answer, List.of(), null);
    }
}
