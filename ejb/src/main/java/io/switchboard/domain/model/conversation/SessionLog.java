package io.switchboard.domain.model.conversation;

import java.time.Instant;
import java.util.List;

/**
 * The console's 会话 list (AD-5): conversations of the current tenant with who served them, where the visitor came
 * from and how it was rated. A read model over conversations, visitor profiles, seats, groups and ratings.
 */
public interface SessionLog {

    /**
     * Every filter may be null (any). {@code open} true = current (in flow, queued, assigned), false = ended;
     * the time window is on the enquiry time {@code [from, to)}; {@code visitor} matches part of the visitor's id or name.
     */
    /** @param maxRating … {@code minResponseMillis}: the inspector's filters, null for any */
    record Filter(Boolean open, String channel, Long skillGroupId, Long agentId, Instant from, Instant to,
                  String visitor, Integer maxRating, Long minServiceMillis, Long minResponseMillis) {
    }

    /** @param servedAt when the first agent took it (a transfer does not move it); null while nobody did */
    record Entry(long id, String visitorId, String visitorName, String channel, ConversationState state,
                 EndReason endReason, Long agentId, String agentName, Long skillGroupId, String skillGroupName,
                 Instant createdAt, Instant queuedAt, Instant servedAt, Instant endedAt, String ip, String region,
                 Integer rating) {
    }

    /** Newest enquiry first. */
    List<Entry> search(Filter filter, int offset, int limit);

    /** How many match, counting no further than {@code atMost}. */
    long count(Filter filter, int atMost);

    /** One conversation as the list shows it. */
    java.util.Optional<Entry> find(long conversationId);
}
