package io.switchboard.application;

import io.switchboard.domain.model.moderation.SensitiveMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The tenant's sensitive words and what they do (AD-7, AG-7). */
public interface ModerationService {

    record WordView(long id, String word, Instant createdAt) implements Serializable {
    }

    /** The words found in a text and whether the tenant's mode refuses such a message. */
    record Verdict(List<String> words, SensitiveMode mode) {
        public boolean blocked() {
            return mode == SensitiveMode.BLOCK && !words.isEmpty();
        }
    }

    List<WordView> words(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long countWords();

    /** @throws ConflictException when the word is already listed */
    WordView addWord(@NotBlank @Size(max = 100) String word);

    /** Adds every new word of the list (import); returns how many were new. Blank lines are skipped. */
    int importWords(@NotNull @Size(max = 10000) List<@Size(max = 100) String> words);

    void removeWord(long id);

    SensitiveMode mode();

    SensitiveMode changeMode(@NotNull SensitiveMode mode);

    Verdict check(@NotNull String text);

    /** @throws SensitiveContentException when the mode is BLOCK and the text contains listed words */
    Verdict screen(@NotNull String text);
}
