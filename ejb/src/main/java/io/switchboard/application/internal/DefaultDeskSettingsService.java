package io.switchboard.application.internal;

import io.switchboard.application.DeskSettingsService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.desk.CrmLink;
import io.switchboard.domain.model.desk.DeskSettings;
import io.switchboard.domain.model.desk.DeskSettingsRepository;
import io.switchboard.domain.model.visitor.VisitorProfile;
import io.switchboard.domain.model.visitor.VisitorRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultDeskSettingsService implements DeskSettingsService {

    @Inject
    DeskSettingsRepository settings;
    @Inject
    ConversationRepository conversations;
    @Inject
    VisitorRepository visitors;
    @Inject
    TenantContext tenant;
    @Inject
    AuditTrail audit;

    @Override
    public DeskSettingsView current() {
        return view(settings.current());
    }

    @Override
    public DeskSettingsView update(DeskSettingsView s) {
        DeskSettingsView before = current();
        DeskSettings row = settings.find().orElse(null);
        boolean fresh = row == null;
        if (fresh) {
            row = DeskSettings.defaults();
        }
        row.change(s.summaryRequired(), s.summaryCategories(), s.crmUrl());
        if (fresh) {
            settings.add(row);
        }
        DeskSettingsView after = view(row);
        audit.record("desk-settings.update", "desk-settings", null, before, after);
        return after;
    }

    @Override
    public Optional<String> crmPage(long conversationId, long agentId) {
        String template = settings.current().getCrmUrl();
        if (template == null) {
            return Optional.empty();
        }
        Conversation c = conversations.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " not found")
                        .coded("conversation.notFound", conversationId));
        Map<String, Object> values = new HashMap<>();
        values.put(CrmLink.VISITOR_ID, c.getVisitorId());
        values.put(CrmLink.USER_ID, visitors.find(c.getChannel(), c.getVisitorId()).map(VisitorProfile::getUserId).orElse(null));
        values.put(CrmLink.AGENT_ID, agentId);
        values.put(CrmLink.TENANT_ID, tenant.requireTenant());
        values.put(CrmLink.CHANNEL, c.getChannel());
        values.put(CrmLink.CONVERSATION_ID, c.getId());
        return Optional.of(CrmLink.expand(template, values));
    }

    static DeskSettingsView view(DeskSettings s) {
        return new DeskSettingsView(s.isSummaryRequired(), s.getSummaryCategories(), s.getCrmUrl());
    }
}
