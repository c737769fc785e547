package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.MessageView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RoutingSettingsService;
import io.switchboard.application.VisitorTrailService;
import io.switchboard.application.VisitorTrailService.VisitorProfileView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent workbench (AG-1, AG-2, AG-3, RT-13): my status, my open and recent conversations, the chat of the one I
 * look at, and who the visitor is. The agent socket (workbench.js) tells this view when something changed; the
 * view reloads from the services and JSF re-renders the parts. Everything shown is loaded per request from the
 * services (transient fields), so a replicated session never carries stale conversations.
 */
@Named
@ViewScoped
public class WorkbenchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("ONLINE", "BUSY", "BREAK", "OFFLINE");

    @Inject
    UserSession user;
    @Inject
    transient AgentDeskService desk;
    @Inject
    transient ConversationService conversations;
    @Inject
    transient AgentSeatService seats;
    @Inject
    transient RoutingSettingsService routingSettings;
    @Inject
    transient VisitorTrailService trail;
    @Inject
    transient Clock clock;

    private long agentId;
    private Long selectedId;
    private String draft;
    /** Visitor lines that arrived in conversations the agent was not looking at. */
    private final Map<Long, Integer> unread = new HashMap<>();

    private transient AgentSeatView seat;
    private transient List<ConversationView> active;
    private transient List<ConversationView> recent;
    private transient ConversationView selected;
    private transient List<MessageView> transcript;
    private transient List<ConversationView> history;
    private transient Optional<VisitorProfileView> profile;

    @PostConstruct
    void init() {
        agentId = desk.identify(user.getUsername()).map(DeskAgent::agentId)
                .orElseThrow(() -> new IllegalStateException("no seat for " + user.getUsername()));
        if (!getActive().isEmpty()) {
            selectedId = getActive().get(0).id();
        }
    }

    private DeskAgent agent() {
        return new DeskAgent(user.getTenantId(), agentId, user.getUsername(), user.getDisplayName());
    }

    /** Forgets what was loaded in this request: the next read asks the services again. */
    private void reload() {
        seat = null;
        active = null;
        recent = null;
        selected = null;
        transcript = null;
        history = null;
        profile = null;
    }

    // ---- what the page shows ------------------------------------------------------------------------------

    public AgentSeatView getSeat() {
        if (seat == null) {
            seat = seats.get(agentId);
        }
        return seat;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return getSeat().status();
    }


    public boolean isWrappingUp() {
        return "WRAP_UP".equals(getSeat().status());
    }

    /** Seconds left of the wrap-up (话后整理) before the seat is ONLINE again by itself; the seat knows when. */
    public long getWrapUpSecondsLeft() {
        Instant until = getSeat().wrapUpUntil();
        return until == null ? 0 : Math.max(0, Duration.between(clock.instant(), until).toSeconds());
    }

    public List<ConversationView> getActive() {
        if (active == null) {
            active = conversations.ofAgent(agentId, true, 0, 100);
        }
        return active;
    }

    public List<ConversationView> getRecent() {
        if (recent == null) {
            recent = conversations.ofAgent(agentId, false, 0, 20);
        }
        return recent;
    }

    public int unreadOf(long conversationId) {
        return unread.getOrDefault(conversationId, 0);
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public ConversationView getSelected() {
        if (selected == null && selectedId != null) {
            try {
                selected = conversations.get(selectedId);
            } catch (NotFoundException | EJBException e) {
                selectedId = null;
            }
        }
        return selected;
    }

    /** The agent may write: the conversation is assigned to this agent (not only offered by a transfer). */
    public boolean isWritable() {
        ConversationView c = getSelected();
        return c != null && "ASSIGNED".equals(c.state()) && c.agentId() != null && c.agentId() == agentId;
    }

    public boolean isTransferOffer() {
        ConversationView c = getSelected();
        return c != null && c.transferToAgentId() != null && c.transferToAgentId() == agentId;
    }

    public List<MessageView> getTranscript() {
        if (transcript == null) {
            transcript = selectedId == null || getSelected() == null ? List.of()
                    : conversations.transcript(selectedId, 0, 1000);
        }
        return transcript;
    }

    /** Earlier conversations of the same visitor (AG-2 history), newest first, without the selected one. */
    public List<ConversationView> getHistory() {
        if (history == null) {
            ConversationView c = getSelected();
            history = c == null ? List.of() : conversations.ofVisitor(c.visitorId(), c.channel(), 20).stream()
                    .filter(h -> h.id() != c.id()).toList();
        }
        return history;
    }

    public VisitorProfileView getProfile() {
        if (profile == null) {
            ConversationView c = getSelected();
            profile = Optional.empty();
            if (c != null) {
                try {
                    profile = Optional.of(trail.profile(c.channel(), c.visitorId(), 20));
                } catch (NotFoundException e) {
                    profile = Optional.empty(); // an IM visitor, or one from before the trail existed
                }
            }
        }
        return profile.orElse(null);
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    /** A line's time of day in the tenant's zone (the work-hours calendar's), with the date when not today. */
    public String time(Instant at) {
        if (at == null) {
            return "";
        }
        if (zone == null) {
            zone = ZoneId.of(routingSettings.current().workHours().schedule().zone());
        }
        ZonedDateTime local = at.atZone(zone);
        boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(zone)));
        return local.format(today ? TIME : DATE_TIME);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private transient ZoneId zone;

    /** Minutes the visitor has waited or been served: since assignment for open ones. */
    public long minutesSince(Instant at) {
        return at == null ? 0 : Math.max(0, Duration.between(at, clock.instant()).toMinutes());
    }

    public String nameOf(ConversationView c) {
        if (c.visitorName() != null && !c.visitorName().isBlank()) {
            return c.visitorName();
        }
        String id = c.visitorId();
        return id.length() > 14 ? id.substring(0, 14) + "…" : id;
    }

    // ---- actions -------------------------------------------------------------------------------------------

    public void select(long conversationId) {
        selectedId = conversationId;
        unread.remove(conversationId);
        draft = null;
        reload();
    }

    /** Ctrl+K: the next open conversation after the selected one. */
    public void selectNext() {
        List<ConversationView> open = getActive();
        if (open.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < open.size(); i++) {
            if (selectedId != null && open.get(i).id() == selectedId) {
                at = i;
            }
        }
        select(open.get((at + 1) % open.size()).id());
    }

    public void send() {
        if (selectedId == null || draft == null || draft.isBlank()) {
            return;
        }
        if (act(() -> desk.send(agent(), selectedId, draft.strip()))) {
            draft = null;
        }
        reload();
    }

    public void accept() {
        act(() -> desk.accept(agent(), selectedId));
        reload();
    }

    public void close() {
        act(() -> desk.close(agent(), selectedId));
        reload();
    }

    /** 示闲 / 示忙 / 小休 / 离线. */
    public void changeStatus(String status) {
        act(() -> desk.status(agent(), status));
        reload();
    }

    /** Ends the wrap-up early: "continue receiving" (继续接待). */
    public void continueReceiving() {
        act(() -> seats.finishWrapUp(agentId));
        reload();
    }

    /**
     * The agent socket said something changed: the remote command carries one entry per change in the parallel
     * request parameters {@code type}, {@code conversationId}, {@code sender}, {@code event}. A visitor line in
     * another conversation counts as unread; a new offer opens when the agent is not looking at another.
     */
    public void onPush() {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] types = params.getOrDefault("type", new String[0]);
        Long assigned = null;
        boolean selectedChanged = false;
        for (int i = 0; i < types.length; i++) {
            Long conversation = parse(at(params, "conversationId", i));
            if ("message".equals(types[i]) && conversation != null && !conversation.equals(selectedId)
                    && "VISITOR".equals(at(params, "sender", i))) {
                unread.merge(conversation, 1, Integer::sum);
            }
            if ("event".equals(types[i]) && conversation != null) {
                if ("ASSIGNED".equals(at(params, "event", i))) {
                    assigned = conversation;
                }
                selectedChanged |= conversation.equals(selectedId);
            }
        }
        reload();
        boolean selectedGone = selectedId != null && getSelected() == null;
        if (assigned != null && (selectedId == null || selectedGone)) {
            selectedId = assigned;
            reload();
            selectedChanged = true;
        }
        if (selectedChanged) {
            PrimeFaces.current().ajax().update("wb:chat"); // offered, ended, transferred: the composer comes or goes
        }
    }

    private static String at(Map<String, String[]> params, String name, int index) {
        String[] values = params.get(name);
        return values == null || index >= values.length ? null : values[index];
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, AgentSocket.message(e), null));
            return false;
        }
    }
}
