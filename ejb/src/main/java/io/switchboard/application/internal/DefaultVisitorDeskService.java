package io.switchboard.application.internal;

import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.InboundMessageService;
import io.switchboard.application.MessageView;
import io.switchboard.application.FeedbackService;
import io.switchboard.application.VisitorDeskService;
import io.switchboard.application.VisitorTyping;
import jakarta.enterprise.event.Event;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultVisitorDeskService implements VisitorDeskService {

    private static final String WEB = ChannelKind.WEB.name();

    @Inject
    TenantContext tenant;
    @Inject
    InboundMessageService inbound;
    @Inject
    ConversationService conversations;
    @Inject
    FeedbackService feedback;
    @Inject
    Event<VisitorTyping> typing;

    /** A draft preview longer than this is cut: the agent sees what is being typed, not a document. */
    static final int MAX_DRAFT = 1000;

    /** Outside a transaction, as {@link DefaultInboundMessageService#accept} explains. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(String tenantId, String visitorId, String clientMessageId, String text, Long skillGroupId,
            String attachmentId, String siteKey, String entry, io.switchboard.domain.model.message.Language language) {
        tenant.use(tenantId);
        inbound.accept(ChannelKind.WEB, visitorId, clientMessageId, text, skillGroupId, attachmentId, siteKey, entry,
                language);
    }

    @Override
    public void typing(String tenantId, String visitorId, String draft) {
        tenant.use(tenantId);
        String text = draft.length() > MAX_DRAFT ? draft.substring(0, MAX_DRAFT) : draft;
        conversations.latestOf(visitorId, WEB).filter(c -> "ASSIGNED".equals(c.state()) && c.agentId() != null)
                .ifPresent(c -> typing.fire(new VisitorTyping(tenantId, c.id(), c.agentId(), text)));
    }

    @Override
    public FeedbackService.RatingView rate(String tenantId, String visitorId, long conversationId, int score,
            String comment) {
        tenant.use(tenantId);
        return feedback.rate(WEB, visitorId, conversationId, score, comment);
    }

    @Override
    public FeedbackService.LeftMessageView leaveMessage(String tenantId, String visitorId, String name, String contact,
            String text) {
        tenant.use(tenantId);
        return feedback.leaveMessage(WEB, visitorId, name, contact, text);
    }

    @Override
    public Optional<CatchUp> catchUp(String tenantId, String visitorId, long afterSeq) {
        tenant.use(tenantId);
        return conversations.latestOf(visitorId, WEB).map(c -> page(visitorId, c, afterSeq));
    }

    @Override
    public Optional<CatchUp> history(String tenantId, String visitorId, long beforeConversationId, long afterSeq) {
        tenant.use(tenantId);
        return conversations.latestBefore(visitorId, WEB, beforeConversationId).map(c -> page(visitorId, c, afterSeq));
    }

    private CatchUp page(String visitorId, ConversationView c, long afterSeq) {
        List<MessageView> lines = conversations.transcript(c.id(), afterSeq, CatchUp.PAGE);
        // a full page may end the transcript: whether a line follows it is one more (indexed) read
        boolean more = lines.size() == CatchUp.PAGE
                && !conversations.transcript(c.id(), lines.get(lines.size() - 1).seq(), 1).isEmpty();
        boolean earlier = conversations.latestBefore(visitorId, WEB, c.id()).isPresent();
        return new CatchUp(c, lines, conversations.recalledSeqs(c.id()), more, earlier);
    }

    @Override
    public void presence(String tenantId, String visitorId, boolean online) {
        tenant.use(tenantId);
        conversations.visitorPresence(visitorId, WEB, online);
    }
}
