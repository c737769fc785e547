package io.switchboard.domain.model.bot;

import java.util.List;

/**
 * One knowledge rule of a FAQ bot (FL-2, S3 §8): a standard question, the other ways visitors ask it, and the answer.
 */
public record FaqRule(long id, String question, List<String> variants, String answer) {

    public FaqRule {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
