package io.switchboard.interfaces.rest;

import io.switchboard.domain.model.message.InboundMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A visitor message sent by a partner backend (CH-8). {@code clientMessageId} is the partner's own id: sending
 * the same id again is safe and stores the message once. {@code skillGroupId} designates the entry's skill group
 * when the message opens a conversation (入口指定). {@code association} (the partner's app or account, e.g.
 * {@code "ios-app"}) and {@code entry} (the entry button) are what routing rules match (RT-9). {@code lang} is the visitor's language ({@code zh}
 * [default], {@code en}): the system messages of a conversation the message opens are said in it.
 */
public record ImMessageRequest(@NotBlank @Size(max = 100) String senderId,
                               @NotBlank @Size(max = 100) String clientMessageId,
                               @NotBlank @Size(max = InboundMessage.MAX_BODY) String text,
                               Long skillGroupId,
                               @Size(max = 36) String attachmentId,
                               @Size(max = 100) String association,
                               @Size(max = 100) String entry,
                               @Size(max = 35) String lang) {
}
