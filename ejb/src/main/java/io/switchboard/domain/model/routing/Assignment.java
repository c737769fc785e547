package io.switchboard.domain.model.routing;

/** One routing decision: this waiting conversation goes to this agent, counted against this group. */
public record Assignment(long conversationId, long agentId, long groupId, boolean previousAgent) {
}
