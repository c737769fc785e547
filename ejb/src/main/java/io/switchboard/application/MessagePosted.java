package io.switchboard.application;

/**
 * A message was added to a conversation's transcript, fired in the transaction that stored it (the socket push
 * publishes it in that transaction, so it goes out only on commit).
 *
 * @param agentId the agent holding the conversation when the message was posted, or null
 */
public record MessagePosted(String tenantId, long conversationId, Long agentId, String channel, String visitorId,
        MessageView message) {
}
