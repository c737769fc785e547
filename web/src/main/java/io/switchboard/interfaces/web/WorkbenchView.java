package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.application.CodedRefusal;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RoutingSettingsService;
import io.switchboard.interfaces.web.socket.SocketError;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.event.Event;
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
import java.util.List;
import java.util.Map;

/**
 * The agent workbench (AG-1, AG-2, AG-3, RT-13): my open and recent conversations and the one I look at. The agent
 * socket (workbench.js) tells this view when something changed; the view reloads from the services and JSF
 * re-renders the parts. Everything shown is loaded per request from the services (transient fields), so a
 * replicated session never carries stale conversations.
 * <p>
 * This is the core of the page: who I am, which conversation is selected, the lists, and the push. The panels and
 * dialogs of {@link io.switchboard.interfaces.web.workbench} (seat bar, chat, visitor, quick replies, transfer,
 * summary, blacklist) inject it, act through {@link #act} and drop what they loaded when {@link #reload()} fires
 * {@link Reloaded}. It stays in this package because a refusal's text comes from the agent socket's
 * {@code AgentSocket.message}, which the sockets, the file servlet and this page share.
 */
@Named
@ViewScoped
public class WorkbenchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Fired by {@link #reload()}: every workbench bean of this view forgets what it loaded, so the next read asks
     * the services again. {@code picked}: the agent picked a conversation, and what was typed for the previous one
     * is dropped too.
     */
    public record Reloaded(boolean picked) {
    }

    @Inject
    UserSession user;
    @Inject
    AgentDeskService desk;
    @Inject
    ConversationService conversations;
    @Inject
    RoutingSettingsService routingSettings;
    @Inject
    Clock clock;
    @Inject
    Event<Reloaded> reloaded;
    @Inject
    Messages messages;

    private long agentId;
    private Long selectedId;

    private transient List<ConversationView> active;
    private transient List<ConversationView> recent;
    private transient ConversationView selected;

    @PostConstruct
    void init() {
        agentId = desk.identify(user.getUsername()).map(DeskAgent::agentId)
                .orElseThrow(() -> new IllegalStateException("no seat for " + user.getUsername()));
        if (!getActive().isEmpty()) {
            selectedId = getActive().get(0).id();
        }
    }

    /** The signed-in agent, as the desk service wants it for every action. */
    public DeskAgent agent() {
        return new DeskAgent(user.getTenantId(), agentId, user.getUsername(), user.getDisplayName());
    }

    public long getAgentId() {
        return agentId;
    }

    /** Forgets what was loaded in this request, here and in every panel: the next read asks the services again. */
    public void reload() {
        reload(false);
    }

    private void reload(boolean picked) {
        active = null;
        recent = null;
        selected = null;
        reloaded.fire(new Reloaded(picked));
    }

    // ---- what the page shows ------------------------------------------------------------------------------

    public List<ConversationView> getActive() {
        if (active == null) {
            active = conversations.ofAgent(agentId, true, 0, 100);
        }
        return active;
    }

    public List<ConversationView> getRecent() {
        if (recent == null) {
            recent = conversations.recentOf(agentId, 20);
        }
        return recent;
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

    /** Another agent serves it now, and it is not offered back to me: this agent gave it away. */
    private boolean transferredAway(ConversationView c) {
        return "ASSIGNED".equals(c.state()) && c.agentId() != null && c.agentId() != agentId
                && (c.transferToAgentId() == null || c.transferToAgentId() != agentId);
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

    /** The selected conversation was served by me: I may write its summary, open or ended. */
    public boolean isMine() {
        ConversationView c = getSelected();
        return c != null && c.agentId() != null && c.agentId() == agentId;
    }

    /** A line's time of day in the tenant's zone (the work-hours calendar's), with the date when not today. */
    public String time(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(zone())));
        return local.format(today ? TIME : DATE_TIME);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Read once per view: {@link #reload()} leaves it. */
    private transient ZoneId zone;

    /** The tenant's time zone, for the times of lines the page appends itself. */
    public String getZoneId() {
        return zone().getId();
    }

    /** The tenant's time zone (the work-hours calendar's). */
    public ZoneId zone() {
        if (zone == null) {
            zone = routingSettings.current().zone();
        }
        return zone;
    }

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

    // ---- selection ----------------------------------------------------------------------------------------

    public void select(long conversationId) {
        selectedId = conversationId;
        reload(true); // the draft goes too
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

    /** Nothing selected any more (a declined transfer offer); the draft stays. */
    public void deselect() {
        selectedId = null;
        reload();
    }

    /**
     * The agent socket said something changed: the remote command carries one entry per change in the parallel
     * request parameters {@code type}, {@code conversationId}, {@code sender}, {@code event}. (Unread counts of
     * the other conversations are kept by the page itself, which changes only their badge.) A new offer (assignment or transfer) opens when the agent is not looking at another.
     */
    public void onPush() {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] types = params.getOrDefault("type", new String[0]);
        Long assigned = null;
        boolean selectedChanged = false;
        for (int i = 0; i < types.length; i++) {
            Long conversation = parse(at(params, "conversationId", i));
            if ("event".equals(types[i]) && conversation != null) {
                String event = at(params, "event", i);
                if ("ASSIGNED".equals(event) || "TRANSFER_REQUESTED".equals(event)) {
                    assigned = conversation;
                }
                selectedChanged |= conversation.equals(selectedId);
            }
        }
        reload();
        boolean selectedGone = selectedId != null
                && (getSelected() == null || selectedChanged && transferredAway(getSelected()));
        if (selectedGone) {
            // transferred to another agent (it is in 最近会话 now) or gone: the pane moves on, to a new offer or the
            // next open chat, instead of showing someone else's chat without buttons
            selectedId = assigned != null ? assigned : getActive().isEmpty() ? null : getActive().get(0).id();
            reload();
            selectedChanged = true;
        } else if (assigned != null && selectedId == null) {
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

    // ---- how every workbench action reports ---------------------------------------------------------------

    /** Runs a service call; a refusal shows in the growl with its business reason. True when it went through. */
    public boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            error(refusal(e));
            return false;
        }
    }

    /**
     * A refusal in the agent's language: the bundle's {@code error.<code>} when the services named it
     * ({@link CodedRefusal}: a conflict, something not found, a wrong value, with the values its text names); else
     * where its kind says enough (sensitive words, too many messages, a brief outage, not found, not allowed, a file
     * refused); otherwise, for a conflict or a bad value that names what is wrong, the server's own message; an
     * internal error keeps its incident number.
     */
    private String refusal(RuntimeException e) {
        CodedRefusal coded = SocketError.coded(e);
        if (coded != null && messages.has("error." + coded.code())) {
            return messages.format("error." + coded.code(), coded.arguments().toArray());
        }
        String code = SocketError.code(e);
        String message = AgentSocket.message(e);
        String key = "agent.error." + code;
        if ("conflict".equals(code) || "invalid".equals(code) || !messages.has(key)) {
            return message;
        }
        return "internal".equals(code) ? messages.get(key) + " (" + message + ")" : messages.get(key);
    }

    public void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        PrimeFaces.current().ajax().update("wb:growl");
    }

    public void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        PrimeFaces.current().ajax().update("wb:growl");
    }
}
