package io.switchboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A conversation as callers see it, with its live queue place when queued ({@code position} = {index}) and the
 * predicted wait ({@code waitSeconds}, null when nothing can be predicted).
 * {@code transferNote} is what the transferring agent wrote for the agent a transfer is offered to. */
public record ConversationView(long id, String state, String endReason, String visitorId, String visitorName,
        String channel, int priority, Long agentId, String agentName, Long skillGroupId, List<Long> candidateGroups,
        Integer position, Integer peopleAhead, Long waitSeconds, Long transferToAgentId, String transferNote, Instant createdAt, Instant queuedAt,
        Instant assignedAt, Instant answeredAt, Instant endedAt) implements Serializable {
}
