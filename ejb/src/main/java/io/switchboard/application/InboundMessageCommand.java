package io.switchboard.application;

import io.switchboard.domain.model.message.ChannelKind;
import java.time.Instant;
import java.util.List;

/**
 * A visitor message on its way through the persistent inbound queue (JSON in a JMS text message).
 * {@code conversationId} names the conversation a partner wrote to ({@link ChannelKind#API}), else null: the
 * visitor's open conversation on the channel. {@code flagged} holds the sensitive words the endpoint found when it
 * screened the line, so the consumer does not match them again; null (a message queued by an older version) means
 * not screened yet. {@code association} (the widget site's key, the partner's app) and {@code entry} (the entry
 * button) are what routing rules of RT-9 match when the line opens a conversation; null when none was given (and in
 * messages queued by an older version). {@code language} is the visitor's ({@code zh}, {@code en}): a conversation the
 * line opens says its system messages in it; null for Chinese.
 */
public record InboundMessageCommand(String tenantId, ChannelKind channel, String senderId, String clientMessageId,
                                    String body, Instant acceptedAt, Long skillGroupId,
                                    String attachmentId, Long conversationId, List<String> flagged,
                                    String association, String entry, String language) {
}
