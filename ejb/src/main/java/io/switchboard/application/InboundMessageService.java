package io.switchboard.application;

import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.InboundMessage;
import io.switchboard.domain.model.message.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The durable inbound path: an endpoint {@link #accept accepts} a message onto the persistent JMS queue, and the
 * queue's consumer {@link #record records} it. Nothing is written to the database by the endpoint itself.
 */
public interface InboundMessageService {

    /**
     * @param association where the visitor came through (a widget site's key, a partner's app id), or null
     * @param entry       the entry button the visitor used, or null; both are matched by routing rules (RT-9)
     * @param language    the visitor's language, for the system messages of a conversation the line opens
     */
    InboundMessageCommand accept(@NotNull ChannelKind channel, @NotBlank @Size(max = 100) String senderId,
                                 @NotBlank @Size(max = 100) String clientMessageId,
                                 @NotBlank @Size(max = InboundMessage.MAX_BODY) String body, Long skillGroupId,
                                 @Size(max = 36) String attachmentId, @Size(max = 100) String association,
                                 @Size(max = 100) String entry, Language language);

    /**
     * A visitor's line posted by a partner for one conversation of this tenant: the same checks and the same
     * durable queue as a channel's line (blacklist, sensitive words, rate limit, dedupe by client message id; one
     * is made up when none is given). The line joins that conversation, or, when it ended while the line was on
     * its way, starts the visitor's next one on the same channel, as a channel's line would.
     *
     * @throws NotFoundException when the conversation is not one of this tenant's
     * @throws ConflictException when the conversation has already ended
     */
    InboundMessageCommand acceptForConversation(long conversationId, @Size(max = 100) String clientMessageId,
                                                @NotBlank @Size(max = InboundMessage.MAX_BODY) String body);

    /**
     * Called by the queue consumer in the message's tenant: stores the message and hands it to its conversation
     * (continued, or opened and routed) in the same transaction; a repeated client message id is ignored.
     */
    void record(@NotNull InboundMessageCommand command);

    Optional<InboundMessage> findByClientMessageId(@NotBlank String clientMessageId);
}
