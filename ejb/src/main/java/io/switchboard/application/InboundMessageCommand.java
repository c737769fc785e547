package io.switchboard.application;

import io.switchboard.domain.model.message.ChannelKind;
import java.time.Instant;

/** A visitor message on its way through the persistent inbound queue (JSON in a JMS text message). */
public record InboundMessageCommand(String tenantId, ChannelKind channel, String senderId, String clientMessageId,
                                    String body, Instant acceptedAt, Long skillGroupId,
                                    String attachmentId) {
}
