package io.switchboard.domain.model.feedback;

import java.util.List;
import java.util.Optional;

public interface FeedbackRepository {

    void add(SatisfactionRating rating);

    Optional<SatisfactionRating> ratingOf(long conversationId);

    List<SatisfactionRating> ratings(int offset, int limit);

    long countRatings();

    void add(QaScore score);

    Optional<QaScore> qaScoreOf(long conversationId);

    void add(LeftMessage message);

    Optional<LeftMessage> findLeftMessage(long id);

    /** Newest first; {@code processed} null = all. */
    List<LeftMessage> leftMessages(Boolean processed, int offset, int limit);

    long countLeftMessages(Boolean processed);
}
