package io.switchboard.application.internal;

import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.desk.DeskSettingsRepository;
import io.switchboard.domain.model.summary.ServiceSummary;
import io.switchboard.domain.model.summary.ServiceSummaryRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultServiceSummaryService implements ServiceSummaryService {

    @Inject
    ServiceSummaryRepository summaries;
    @Inject
    ConversationRepository conversations;
    @Inject
    DeskSettingsRepository settings;
    @Inject
    Clock clock;
    @Inject
    TenantReferences references;

    @Override
    public SummaryView write(long conversationId, long agentId, String category, String note, List<String> tags) {
        Conversation c = conversations.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " not found"));
        if (c.getAgentId() == null || c.getAgentId() != agentId) {
            throw new ForbiddenException("conversation " + conversationId + " was not served by agent " + agentId);
        }
        List<String> categories = settings.current().getSummaryCategories();
        if (!categories.contains(category.strip())) {
            throw new IllegalArgumentException("category: '" + category + "' is not one of " + categories);
        }
        Optional<ServiceSummary> existing = summaries.find(conversationId);
        ServiceSummary s;
        if (existing.isPresent()) {
            s = existing.get();
            s.rewrite(agentId, category, note, tags, clock.instant());
        } else {
            s = new ServiceSummary(conversationId, agentId, category, note, tags, clock.instant());
            summaries.add(s);
        }
        return view(s);
    }

    @Override
    public Optional<SummaryView> of(long conversationId) {
        return summaries.find(conversationId).map(DefaultServiceSummaryService::view);
    }

    @Override
    public List<SummaryView> list(Boolean processed, int offset, int limit) {
        return summaries.list(processed, offset, limit).stream().map(DefaultServiceSummaryService::view).toList();
    }

    @Override
    public long count(Boolean processed) {
        return summaries.count(processed);
    }

    @Override
    public SummaryView markProcessed(long conversationId, long byAccountId) {
        ServiceSummary s = summaries.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " has no service summary"));
        references.staff("accountId", byAccountId); // kept as a plain id column: of this tenant, or refused
        s.markProcessed(byAccountId, clock.instant());
        return view(s);
    }

    static SummaryView view(ServiceSummary s) {
        return new SummaryView(s.getConversationId(), s.getAgentId(), s.getCategory(), s.getNote(), s.getTags(),
                s.getWrittenAt(), s.getProcessedAt(), s.getProcessedBy());
    }
}
