package io.switchboard.application;

import io.switchboard.domain.model.message.ChannelKind;
import java.time.Instant;
import java.util.List;

/**
 * A visitor message on its way through the persistent inbound queue (JSON in a JMS text message).
 * {@code conversationId} names the conversation a partner wrote to ({@link ChannelKind#API}), else null: the
 * visitor's open conversation on the channel. {@code flagged} holds the sensitive words the endpoint found when it
 * screened the line, so the consumer does not match them again; null (a message queued by an older version) means
 * not screened yet.
 */
public record InboundMessageCommand(String tenantId, ChannelKind channel, String senderId, String clientMessageId,
                                    String body, Instant acceptedAt, Long skillGroupId,
                                    String attachmentId, Long conversationId, List<String> flagged) {
}
