package io.switchboard.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Quality scores of ended conversations (issue 21, 质检): the "average QA score" of the reports. */
public interface QualityService {

    record QaView(long conversationId, Long agentId, int score, String comment, Map<String, Integer> marks,
                  String scorer, Instant scoredAt) implements java.io.Serializable {
    }

    /**
     * Scores an ended conversation that an agent served (0–100, a comment, marks per item 0–100), or changes its
     * score; counted for the agent of its latest part. The scorer is the caller (its user name or API key).
     */
    QaView score(long conversationId, int score, String comment, Map<String, Integer> marks);

    Optional<QaView> of(long conversationId);
}
