package io.switchboard.application.internal;

import io.switchboard.domain.model.seat.AgentSeatRepository;
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
    @Inject
    AgentSeatRepository seats;

    @Override
    public SummaryView write(long conversationId, long agentId, String category, String note, List<String> tags) {
        Conversation c = conversations.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " not found")
                        .coded("conversation.notFound", conversationId));
        if (c.getAgentId() == null || c.getAgentId() != agentId) {
            throw new ForbiddenException("conversation " + conversationId + " was not served by agent " + agentId)
                    .coded("summary.notServed", conversationId, agentId);
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
            c.summaryWritten(clock.instant());
        }
        return view(s, names(List.of(s)));
    }

    @Override
    public Optional<SummaryView> of(long conversationId) {
        return summaries.find(conversationId).map(s -> view(s, names(List.of(s))));
    }

    @Override
    public List<SummaryView> list(Boolean processed, int offset, int limit) {
        List<ServiceSummary> page = summaries.list(processed, offset, limit);
        Names names = names(page);
        return page.stream().map(s -> view(s, names)).toList();
    }

    @Override
    public long count(Boolean processed) {
        return summaries.count(processed);
    }

    @Override
    public SummaryView markProcessed(long conversationId, long byAccountId) {
        ServiceSummary s = summaries.find(conversationId)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " has no service summary")
                        .coded("summary.notFound", conversationId));
        references.staff("accountId", byAccountId); // kept as a plain id column: of this tenant, or refused
        s.markProcessed(byAccountId, clock.instant());
        return view(s, names(List.of(s)));
    }

    private Names names(List<ServiceSummary> page) {
        return Names.of(conversations, seats, page.stream().map(ServiceSummary::getConversationId).toList(),
                page.stream().map(ServiceSummary::getAgentId).toList());
    }

    static SummaryView view(ServiceSummary s, Names names) {
        return new SummaryView(s.getConversationId(), s.getAgentId(), names.agent(s.getAgentId()),
                names.visitorId(s.getConversationId()), names.visitorName(s.getConversationId()), s.getCategory(),
                s.getNote(), s.getTags(), s.getWrittenAt(), s.getProcessedAt(), s.getProcessedBy());
    }
}
