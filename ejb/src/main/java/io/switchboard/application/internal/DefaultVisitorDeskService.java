package io.switchboard.application.internal;

import io.switchboard.application.BlacklistService;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.InboundMessageService;
import io.switchboard.application.TenantLookupService;
import io.switchboard.application.VisitorDeskService;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

@Stateless
public class DefaultVisitorDeskService implements VisitorDeskService {

    private static final String WEB = ChannelKind.WEB.name();

    @Inject
    TenantContext tenant;
    @Inject
    TenantLookupService lookup;
    @Inject
    InboundMessageService inbound;
    @Inject
    ConversationService conversations;
    @Inject
    BlacklistService blacklist;

    @Override
    public Optional<String> tenantOfSite(String siteKey) {
        return lookup.tenantOfSiteKey(siteKey);
    }

    @Override
    public void requireAllowed(String tenantId, String visitorId) {
        tenant.use(tenantId);
        blacklist.requireAllowed(visitorId, null);
    }

    @Override
    public void send(String tenantId, String visitorId, String clientMessageId, String text, Long skillGroupId) {
        tenant.use(tenantId);
        inbound.accept(ChannelKind.WEB, visitorId, clientMessageId, text, skillGroupId);
    }

    @Override
    public Optional<CatchUp> catchUp(String tenantId, String visitorId, long afterSeq) {
        tenant.use(tenantId);
        return conversations.latestOf(visitorId, WEB)
                .map(c -> new CatchUp(c, conversations.transcript(c.id(), afterSeq, 1000)));
    }

    @Override
    public void presence(String tenantId, String visitorId, boolean online) {
        tenant.use(tenantId);
        conversations.latestOf(visitorId, WEB).filter(c -> !isEnded(c))
                .ifPresent(c -> conversations.visitorPresence(c.id(), online));
    }

    private static boolean isEnded(ConversationView c) {
        return c.endReason() != null;
    }
}
