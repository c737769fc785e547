package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.MessageView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RoutingSettingsService;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.ServiceSummaryService.SummaryView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * AG-5 "my records" (/agent/records.xhtml): the ended conversations the signed-in agent served, newest first,
 * searched in visitor id, name and transcript, a page at a time; the chosen one's transcript and summary beside.
 */
@Named
@ViewScoped
public class RecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    UserSession user;
    @Inject
    AgentDeskService desk;
    @Inject
    ConversationService conversations;
    @Inject
    ServiceSummaryService summaries;
    @Inject
    RoutingSettingsService routingSettings;

    private long agentId;
    private String query;
    private Long selectedId;
    private LazyDataModel<ConversationView> records;
    /** Loaded once per selection (transient: a replicated session carries only the id and reloads). */
    private transient boolean loaded;
    private transient ConversationView selected;
    private transient List<MessageView> transcript;
    private transient SummaryView summary;
    private transient ZoneId zone;

    @PostConstruct
    void init() {
        agentId = desk.identify(user.getUsername()).map(DeskAgent::agentId)
                .orElseThrow(() -> new IllegalStateException("no seat for " + user.getUsername()));
        records = new Records();
    }

    /** Pages through the service; the search box is the only filter. */
    private final class Records extends LazyDataModel<ConversationView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, conversations.countRecords(agentId, query));
        }

        @Override
        public List<ConversationView> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return conversations.records(agentId, query, first, Math.max(1, Math.min(pageSize, 500)));
        }

        @Override
        public String getRowKey(ConversationView c) {
            return String.valueOf(c.id());
        }
    }

    public LazyDataModel<ConversationView> getRecords() {
        return records;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    /** Loads the chosen conversation once, only when it is one of mine; ended ones no longer change. */
    public void select(long conversationId) {
        selectedId = conversationId;
        loaded = true;
        selected = null;
        transcript = List.of();
        summary = null;
        try {
            ConversationView c = conversations.get(conversationId);
            if (c.agentId() != null && c.agentId() == agentId) {
                selected = c;
                transcript = conversations.transcript(conversationId, 0, 1000);
                summary = summaries.of(conversationId).orElse(null);
            }
        } catch (NotFoundException | jakarta.ejb.EJBException e) {
            selected = null;
        }
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public ConversationView getSelected() {
        load();
        return selected;
    }

    public List<MessageView> getTranscript() {
        load();
        return transcript == null ? List.of() : transcript;
    }

    public SummaryView getSummary() {
        load();
        return summary;
    }

    private void load() {
        if (!loaded && selectedId != null) {
            select(selectedId);
        }
    }

    public String when(Instant at) {
        if (at == null) {
            return "";
        }
        if (zone == null) {
            zone = routingSettings.current().zone();
        }
        return WHEN.format(at.atZone(zone));
    }
}
