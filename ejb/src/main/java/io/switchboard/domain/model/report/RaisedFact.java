package io.switchboard.domain.model.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact as a domain object raises it, before it is stored: the owner (conversation, seat) adds what it knows of itself
 * when it is recorded ({@link ReportFact}).
 *
 * @param bucketAt the time the fact is counted at (see {@link FactKind})
 * @param valueMs  the fact's measure in milliseconds (a wait, a duration) or a score; null when it has none
 * @param count    a second measure (lines of a part, an agent's cap); 0 when it has none
 */
public record RaisedFact(FactKind kind, Instant at, Instant bucketAt, Long agentId, Long groupId, Long valueMs,
                         int count, String detail) {

    /** The detail of a {@link FactKind#SEGMENT_ENDED} in which the visitor wrote. */
    public static final String VALID = "valid";
    /** The detail of a {@link FactKind#SEGMENT_ENDED} in which the visitor did not write. */
    public static final String INVALID = "invalid";
    /** The detail of a {@link FactKind#SEGMENT_ENDED} whose agent never answered (the offer went back to the queue). */
    public static final String WITHDRAWN = "withdrawn";
    /** The detail of a {@link FactKind#SEGMENT_STARTED} of a conversation the agent started (主动会话). */
    public static final String PROACTIVE = "proactive";
    /** The detail of a {@link FactKind#QA_SCORED} that changes an earlier score: its value is the difference. */
    public static final String RESCORE = "rescore";

    public RaisedFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(bucketAt, "bucketAt");
    }

    public static RaisedFact of(FactKind kind, Instant at, Instant bucketAt, Long agentId, Long groupId, Long valueMs) {
        return new RaisedFact(kind, at, bucketAt, agentId, groupId, valueMs, 0, null);
    }
}
