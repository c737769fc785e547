package io.switchboard.application;

/**
 * The visitor is typing (CH-9): the draft so far goes to the serving agent's socket. Never stored; fired in the
 * transaction that checked who serves the conversation.
 */
public record VisitorTyping(String tenantId, long conversationId, long agentId, String draft) {
}
