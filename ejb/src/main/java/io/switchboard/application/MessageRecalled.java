package io.switchboard.application;

/** An agent recalled a transcript line (CH-10), fired in the transaction that marked it; pushed to both sides. */
public record MessageRecalled(String tenantId, long conversationId, long agentId, String channel, String visitorId,
        long seq) {
}
