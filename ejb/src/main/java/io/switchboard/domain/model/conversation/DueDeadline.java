package io.switchboard.domain.model.conversation;

/** A row the deadline sweep found due: its tenant and id (a conversation, or an agent for a seat). */
public record DueDeadline(String tenantId, long id) {
}
