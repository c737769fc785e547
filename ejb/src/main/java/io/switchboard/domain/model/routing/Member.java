package io.switchboard.domain.model.routing;

/** An agent's membership in a skill group; priority 1 is the highest (RT-1, MEMBER_PRIORITY). */
public record Member(long agentId, int priority) {
}
