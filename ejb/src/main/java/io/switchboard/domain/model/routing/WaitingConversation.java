package io.switchboard.domain.model.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A conversation waiting for an agent. {@code seq} is the arrival order (the conversation id, handed out under the
 * tenant's routing lock), so FIFO within a priority is "lowest seq first" and survives re-queueing.
 *
 * @param groups         candidate skill groups in overflow order (RT-8); the first is the primary queue
 * @param preferredAgent the previous agent this conversation waits for (RT-5), or 0
 * @param preferredUntil end of that wait; afterwards any member of the groups may take it
 * @param excludedAgent  the agent who just let it time out (RT-6), never offered it again in this round, or 0
 */
public record WaitingConversation(long conversationId, int priority, long seq, List<Long> groups,
        long preferredAgent, Instant preferredUntil, long excludedAgent) {

    public WaitingConversation {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a waiting conversation needs at least one skill group");
        }
        if (preferredAgent != 0) {
            Objects.requireNonNull(preferredUntil, "preferredUntil");
        }
    }

    public static WaitingConversation of(long conversationId, int priority, List<Long> groups) {
        return new WaitingConversation(conversationId, priority, conversationId, groups, 0, null, 0);
    }

    /** Reserved for the previous agent at this instant, so nobody else may take it yet. */
    public boolean reservedAt(Instant now) {
        return preferredAgent != 0 && now.isBefore(preferredUntil);
    }

    public boolean mayGoTo(long agentId, Instant now) {
        if (agentId == excludedAgent) {
            return false;
        }
        return !reservedAt(now) || agentId == preferredAgent;
    }
}
