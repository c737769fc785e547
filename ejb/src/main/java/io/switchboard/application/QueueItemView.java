package io.switchboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One waiting visitor in the live queue (RT-7). */
public record QueueItemView(long conversationId, int position, int priority, List<Long> skillGroupIds,
        String visitorName, String channel, Instant enqueuedAt, Long preferredAgentId, Instant preferredUntil)
        implements Serializable {
}
