package io.switchboard.application.internal;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.application.BlacklistService;
import io.switchboard.application.ConflictException;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.InboundMessageService;
import io.switchboard.application.ModerationService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.Language;
import io.switchboard.domain.model.message.InboundMessage;
import io.switchboard.domain.model.message.InboundMessageRepository;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.messaging.JmsInboundMessageQueue;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
public class DefaultInboundMessageService implements InboundMessageService {

    @Inject
    JmsInboundMessageQueue queue;
    @Inject
    InboundMessageRepository messages;
    @Inject
    ConversationRepository conversationRows;
    @Inject
    TenantContext tenantContext;
    @Inject
    Clock clock;
    @Inject
    ConversationService conversations;
    @Inject
    BlacklistService blacklist;
    @Inject
    ModerationService moderation;
    @Inject
    InboundRateLimits rateLimits;
    @Inject
    SkillGroupRepository groups;

    /**
     * Outside a transaction: the checks only read, and the persistent send to the inbound queue is durable on its
     * own (the broker confirms it once its journal write reached the disk). Inside a transaction the broker would
     * be a second resource next to the database connection the reads used, and every accepted line would pay a
     * two-phase commit (prepare and commit, each a synced journal write) instead of one synced write.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InboundMessageCommand accept(ChannelKind channel, String senderId, String clientMessageId, String body,
            Long skillGroupId, String attachmentId, String association, String entry, Language language) {
        blacklist.requireAllowed(senderId, null);
        if (skillGroupId != null && channel == ChannelKind.IM_API && groups.find(skillGroupId).isEmpty()) {
            // a partner's mistake is told at once; the widget's entry group falls back to routing when it is gone
            throw new NotFoundException("skillGroupId", "skill group " + skillGroupId + " not found")
                    .coded("skillGroup.notFound", skillGroupId);
        }
        List<String> flagged = moderation.screen(body).words();
        rateLimits.check(tenantContext.requireTenant(), channel.name(), senderId);
        InboundMessageCommand command = new InboundMessageCommand(tenantContext.requireTenant(), channel, senderId,
                clientMessageId, body, clock.instant(), skillGroupId, attachmentId, null, flagged, blankToNull(association),
                blankToNull(entry), language == null ? null : language.tag());
        queue.send(command);
        return command;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InboundMessageCommand acceptForConversation(long conversationId, String clientMessageId, String body) {
        ConversationView c = conversations.get(conversationId); // this tenant's, or 404
        if (c.endReason() != null) {
            throw new ConflictException("conversation " + conversationId + " has ended (" + c.endReason()
                    + "); a new line from the visitor starts a new conversation")
                    .coded("conversation.endedForLines", conversationId, c.endReason());
        }
        blacklist.requireAllowed(c.visitorId(), null);
        List<String> flagged = moderation.screen(body).words();
        rateLimits.check(tenantContext.requireTenant(), ChannelKind.API.name(), c.visitorId());
        String id = clientMessageId == null || clientMessageId.isBlank() ? "api-" + UUID.randomUUID() : clientMessageId;
        InboundMessageCommand command = new InboundMessageCommand(tenantContext.requireTenant(), ChannelKind.API,
                c.visitorId(), id, body, clock.instant(), null, null, conversationId, flagged, null, null, null);
        queue.send(command);
        return command;
    }

    @Override
    public void record(InboundMessageCommand command) {
        if (!command.tenantId().equals(tenantContext.requireTenant())) {
            throw new IllegalStateException("command of another tenant");
        }
        if (messages.findByClientMessageId(command.clientMessageId()).isPresent()) {
            return; // redelivery or client retry: already stored once
        }
        messages.add(new InboundMessage(command.channel(), command.senderId(), command.clientMessageId(),
                command.body(), command.acceptedAt(), clock.instant(), command.attachmentId()));
        // a partner's line joins the conversation it named: the visitor's open conversation on that channel
        // (its channel only: a full conversation view would read its agent and queue place in every such line)
        String channel = command.conversationId() == null ? command.channel().name()
                : conversationRows.find(command.conversationId()).map(Conversation::getChannel)
                        .orElseThrow(() -> new NotFoundException("conversation " + command.conversationId() + " not found")
                                .coded("conversation.notFound", command.conversationId()));
        conversations.receiveVisitorMessage(channel, command.senderId(), command.clientMessageId(), command.body(),
                command.skillGroupId(), command.attachmentId(), command.flagged(), command.association(), command.entry(),
                Language.of(command.language()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Optional<InboundMessage> findByClientMessageId(String clientMessageId) {
        return messages.findByClientMessageId(clientMessageId);
    }
}
