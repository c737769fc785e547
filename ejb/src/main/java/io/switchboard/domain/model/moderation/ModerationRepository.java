package io.switchboard.domain.model.moderation;

import java.util.List;
import java.util.Optional;

public interface ModerationRepository {

    List<SensitiveWord> words(int offset, int limit);

    /** Every word of the tenant, for matching. */
    List<String> allWords();

    long countWords();

    Optional<SensitiveWord> findWord(String normalisedWord);

    Optional<SensitiveWord> findWord(long id);

    void add(SensitiveWord word);

    void remove(SensitiveWord word);

    Optional<ContentPolicy> policy();

    void add(ContentPolicy policy);
}
