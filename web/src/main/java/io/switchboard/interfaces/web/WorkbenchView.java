package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.BlacklistService;
import io.switchboard.application.ContactService;
import io.switchboard.application.ContactService.ContactView;
import io.switchboard.application.DeskSettingsService;
import io.switchboard.application.ModerationService;
import io.switchboard.application.QuickReplyService;
import io.switchboard.application.QuickReplyService.QuickReplyView;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.ServiceSummaryService.SummaryView;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.skillgroup.SkillGroup;
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
import java.util.ArrayList;
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

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("ONLINE", "BUSY", "BREAK", "OFFLINE");
    /** Transcript lines per read, the most one read gives. */
    static final int TRANSCRIPT_PAGE = 1000;

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
    @Inject
    transient QuickReplyService quickReplies;
    @Inject
    transient ServiceSummaryService summaries;
    @Inject
    transient DeskSettingsService deskSettings;
    @Inject
    transient ContactService contacts;
    @Inject
    transient BlacklistService blacklist;
    @Inject
    transient ModerationService moderation;
    @Inject
    transient SkillGroupService skillGroups;
    @Inject
    transient Messages messages;

    private long agentId;
    private Long selectedId;
    private String draft;
    /** Visitor lines that arrived in conversations the agent was not looking at. */

    private transient AgentSeatView seat;
    private transient List<ConversationView> active;
    private transient List<ConversationView> recent;
    private transient ConversationView selected;
    private transient List<MessageView> transcript;
    private transient List<ConversationView> history;
    private transient Optional<VisitorProfileView> profile;
    private transient List<String> tags;
    private transient Optional<ContactView> contact;
    private transient Optional<SummaryView> summary;
    private transient Optional<String> crmPage;
    private transient List<QuickReplyView> replies;
    private transient DeskSettingsService.DeskSettingsView settings;

    /** The transfer dialog (RT-10): to an agent or a skill group, with a note for the receiver. */
    private String transferKind = "AGENT";
    private Long transferAgentId;
    private Long transferGroupId;
    private String transferNote;
    /** The summary dialog (服务小结). */
    private String summaryCategory;
    private String summaryNote;
    private String summaryTags;
    /** The blacklist dialog (AG-6). */
    private String blacklistReason;
    private java.time.LocalDate blacklistUntil;
    /** Tag input and the contact dialog (AG-3). */
    private String newTag;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String contactCompany;
    private String contactNote;
    private Long linkContactId;
    /** Quick reply search in the side panel and a new private reply. */
    private String replyQuery;
    private String newReplyTitle;
    private String newReplyBody;
    /** AG-7: the words a warned draft contains; the agent sends anyway or edits. */
    private List<String> warnedWords;

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
        tags = null;
        contact = null;
        summary = null;
        crmPage = null;
        replies = null;
        settings = null;
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

    /**
     * The chat's whole transcript. Every push and the socket's reconnect re-render it from here, so this is the
     * workbench's catch-up: it reads page after page until a page is short, and a chat longer than one page shows
     * its newest lines too (it stopped at the first 1,000).
     */
    public List<MessageView> getTranscript() {
        if (transcript == null) {
            transcript = selectedId == null || getSelected() == null ? List.of() : wholeTranscript(selectedId);
        }
        return transcript;
    }

    private List<MessageView> wholeTranscript(long conversationId) {
        List<MessageView> all = new ArrayList<>();
        List<MessageView> page = conversations.transcript(conversationId, 0, TRANSCRIPT_PAGE);
        all.addAll(page);
        while (page.size() == TRANSCRIPT_PAGE) {
            // lines are only ever appended with the next seq: the page after the last line goes on where this stopped
            page = conversations.transcript(conversationId, page.get(page.size() - 1).seq(), TRANSCRIPT_PAGE);
            all.addAll(page);
        }
        return all;
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
        ZonedDateTime local = at.atZone(zone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(zone())));
        return local.format(today ? TIME : DATE_TIME);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private transient ZoneId zone;

    /** The tenant's time zone, for the times of lines the page appends itself. */
    public String getZoneId() {
        return zone().getId();
    }

    private ZoneId zone() {
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

    // ---- actions -------------------------------------------------------------------------------------------

    public void select(long conversationId) {
        selectedId = conversationId;
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
        ModerationService.Verdict verdict = moderation.check(draft);
        if (verdict.blocked()) {
            error(messages.format("agent.sensitive.blocked", String.join("、", verdict.words())));
            return;
        }
        if (!verdict.words().isEmpty()) {
            warnedWords = verdict.words();
            PrimeFaces.current().executeScript("PF('warnDlg').show()");
            return;
        }
        sendNow();
    }

    /** AG-7: the agent saw the warning and sends the draft as it is. */
    public void sendAnyway() {
        warnedWords = null;
        if (selectedId != null && draft != null && !draft.isBlank()) {
            sendNow();
        }
    }

    private void sendNow() {
        if (act(() -> desk.send(agent(), selectedId, draft.strip()))) {
            draft = null;
        }
        reload();
    }

    public List<String> getWarnedWords() {
        return warnedWords == null ? List.of() : warnedWords;
    }

    public String getWarnedText() {
        return String.join("、", getWarnedWords());
    }

    /** Accepts the conversation offered to me by a transfer, or a new assignment (stops the re-route timer). */
    public void accept() {
        if (isTransferOffer()) {
            act(() -> conversations.answerTransfer(selectedId, agentId, true));
        } else {
            act(() -> desk.accept(agent(), selectedId));
        }
        reload();
    }

    public void declineTransfer() {
        act(() -> conversations.answerTransfer(selectedId, agentId, false));
        selectedId = null;
        reload();
        PrimeFaces.current().ajax().update("wb:chat", "wb:side:visitor");
    }

    public void close() {
        if (isSummaryRequired() && getSummary() == null) {
            error(messages.get("agent.summary.required")); // the service would refuse it too (409)
            return;
        }
        act(() -> desk.close(agent(), selectedId));
        reload();
    }

    // ---- transfer (RT-10) ----------------------------------------------------------------------------------

    /** Agents I could hand over to: signed in, not me, below their cap. */
    public List<AgentSeatView> getTransferAgents() {
        return seats.list(0, 500).stream().filter(a -> a.agentId() != agentId)
                .filter(a -> "ONLINE".equals(a.status()) || "BUSY".equals(a.status()))
                .toList();
    }

    public List<SkillGroup> getTransferGroups() {
        return skillGroups.list(0, 500).stream().filter(SkillGroup::isEnabled).toList();
    }

    public void transfer() {
        Long toAgent = "AGENT".equals(transferKind) ? transferAgentId : null;
        Long toGroup = "GROUP".equals(transferKind) ? transferGroupId : null;
        if (toAgent == null && toGroup == null) {
            error(messages.get("agent.transfer.pick"));
            return;
        }
        if (act(() -> conversations.transfer(selectedId, agentId, toAgent, toGroup, transferNote))) {
            info(messages.get("agent.transfer.sent"));
            transferNote = null;
            PrimeFaces.current().executeScript("PF('transferDlg').hide()");
        }
        reload();
    }

    // ---- rating, summary, blacklist (AG-2, AG-6) ------------------------------------------------------------

    public void inviteRating() {
        if (act(() -> conversations.inviteRating(selectedId, agentId))) {
            info(messages.get("agent.rating.invited"));
        }
        reload();
    }

    /** The selected conversation was served by me: I may write its summary, open or ended. */
    public boolean isMine() {
        ConversationView c = getSelected();
        return c != null && c.agentId() != null && c.agentId() == agentId;
    }

    /** Read once per request (the page asks several times while rendering). */
    private DeskSettingsService.DeskSettingsView settings() {
        if (settings == null) {
            settings = deskSettings.current();
        }
        return settings;
    }

    public List<String> getSummaryCategories() {
        return settings().summaryCategories();
    }

    public boolean isSummaryRequired() {
        return settings().summaryRequired();
    }

    public SummaryView getSummary() {
        if (summary == null) {
            summary = selectedId == null ? Optional.empty() : summaries.of(selectedId);
        }
        return summary.orElse(null);
    }

    /** Fills the summary dialog with what was written before. */
    public void openSummary() {
        SummaryView s = getSummary();
        summaryCategory = s == null ? null : s.category();
        summaryNote = s == null ? null : s.note();
        summaryTags = s == null ? null : String.join(", ", s.tags());
    }

    public void saveSummary() {
        List<String> tagList = summaryTags == null ? List.of() : List.of(summaryTags.split("[,，\\s]+"));
        if (act(() -> summaries.write(selectedId, agentId, summaryCategory == null ? "" : summaryCategory, summaryNote, tagList))) {
            info(messages.get("agent.summary.saved"));
            PrimeFaces.current().executeScript("PF('summaryDlg').hide()");
        }
        reload();
    }

    public void blacklistVisitor() {
        ConversationView c = getSelected();
        if (c == null) {
            return;
        }
        Instant until = blacklistUntil == null ? null
                : blacklistUntil.plusDays(1).atStartOfDay(zone()).toInstant(); // to the end of the chosen day
        if (act(() -> blacklist.add(BlacklistEntry.Kind.VISITOR, c.visitorId(), blacklistReason, until))) {
            if (isWritable() && !(isSummaryRequired() && getSummary() == null)) {
                act(() -> desk.close(agent(), selectedId));
            }
            info(messages.get("agent.blacklist.done"));
            blacklistReason = null;
            blacklistUntil = null;
            PrimeFaces.current().executeScript("PF('blacklistDlg').hide()");
        }
        reload();
    }

    public java.time.LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone()));
    }

    // ---- tags, contact, CRM (AG-3, AG-4) -------------------------------------------------------------------

    public List<String> getTags() {
        if (tags == null) {
            ConversationView c = getSelected();
            tags = c == null ? List.of() : contacts.tags(c.channel(), c.visitorId());
        }
        return tags;
    }

    public void addTag() {
        ConversationView c = getSelected();
        if (c != null && newTag != null && !newTag.isBlank()) {
            if (act(() -> contacts.tag(c.channel(), c.visitorId(), newTag))) {
                newTag = null;
            }
        }
        tags = null;
    }

    public void removeTag(String tag) {
        ConversationView c = getSelected();
        if (c != null) {
            act(() -> contacts.untag(c.channel(), c.visitorId(), tag));
        }
        tags = null;
    }

    public ContactView getContact() {
        if (contact == null) {
            ConversationView c = getSelected();
            contact = c == null ? Optional.empty() : contacts.contactOf(c.channel(), c.visitorId());
        }
        return contact.orElse(null);
    }

    /** The contact dialog starts from what is known of the visitor. */
    public void openContact() {
        ConversationView c = getSelected();
        contactName = c == null || c.visitorName() == null || c.visitorName().isBlank() ? null : c.visitorName();
        contactPhone = null;
        contactEmail = null;
        contactCompany = null;
        contactNote = null;
        linkContactId = null;
    }

    public void saveContact() {
        ConversationView c = getSelected();
        if (c == null) {
            return;
        }
        boolean done = linkContactId != null
                ? act(() -> contacts.link(c.channel(), c.visitorId(), linkContactId))
                : act(() -> contacts.create(c.channel(), c.visitorId(), contactName == null ? "" : contactName,
                        contactPhone, contactEmail, contactCompany, contactNote, agentId));
        if (done) {
            info(messages.get("agent.contact.saved"));
            PrimeFaces.current().executeScript("PF('contactDlg').hide()");
        }
        contact = null;
    }

    public List<ContactView> completeContact(String query) {
        return contacts.search(query, 0, 10);
    }

    public String getCrmPage() {
        if (crmPage == null) {
            crmPage = selectedId == null || getSelected() == null ? Optional.empty() : deskSettings.crmPage(selectedId, agentId);
        }
        return crmPage.orElse(null);
    }

    // ---- quick replies (AG-2) ------------------------------------------------------------------------------

    /** What I see (public and my own), filtered by the side panel's search. */
    public List<QuickReplyView> getReplies() {
        if (replies == null) {
            replies = quickReplies.search(agentId, replyQuery, null, 0, 200);
        }
        return replies;
    }

    /** All my quick replies for the {@code /} popup in the reply box (filtered in the browser). */
    public List<QuickReplyView> getAllReplies() {
        return quickReplies.search(agentId, null, null, 0, 500);
    }

    /**
     * The quick replies as JSON for the reply box's {@code /} popup, safe inside a script element: {@code <} is
     * written as an escape so no text can close the element.
     */
    public String getRepliesJson() {
        jakarta.json.JsonArrayBuilder all = JSON.createArrayBuilder();
        for (QuickReplyView r : getAllReplies()) {
            all.add(JSON.createObjectBuilder().add("id", r.id()).add("title", r.title()).add("body", r.body())
                    .add("category", r.categoryName() == null ? "" : r.categoryName()).add("shared", r.shared()));
        }
        return all.build().toString().replace("<", "\\u003c");
    }

    private int sideTab;

    /** The side panel's tab; the CRM tab only exists when a CRM page is configured. */
    public int getSideTab() { return sideTab == 2 && getCrmPage() == null ? 0 : sideTab; }
    public void setSideTab(int v) { sideTab = v; }

    public void tabChanged(org.primefaces.event.TabChangeEvent<?> event) {
        sideTab = event.getComponent().getChildren().indexOf(event.getTab());
    }

    public void searchReplies() {
        replies = null;
    }

    public void saveOwnReply() {
        if (act(() -> quickReplies.add(agentId, null, newReplyTitle == null ? "" : newReplyTitle,
                newReplyBody == null ? "" : newReplyBody))) {
            info(messages.get("agent.replies.saved"));
            newReplyTitle = null;
            newReplyBody = null;
        }
        replies = null;
    }

    public void removeOwnReply(long id) {
        act(() -> quickReplies.remove(id, agentId));
        replies = null;
    }

    public boolean isOwn(QuickReplyView r) {
        return r.ownerAgentId() != null && r.ownerAgentId() == agentId;
    }

    // ---- recall, files (CH-10, CH-11) ----------------------------------------------------------------------

    /** My own line, not recalled, sent less than two minutes ago: it may be taken back. */
    public boolean recallable(MessageView m) {
        return isWritable() && "AGENT".equals(m.sender()) && m.agentId() != null && m.agentId() == agentId
                && !m.recalled() && m.sentAt() != null
                && Duration.between(m.sentAt(), clock.instant()).compareTo(ConversationMessage.RECALL_WINDOW) < 0;
    }

    public void recall(long seq) {
        act(() -> desk.recall(agent(), selectedId, seq));
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

    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            error(AgentSocket.message(e));
            return false;
        }
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        PrimeFaces.current().ajax().update("wb:growl");
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        PrimeFaces.current().ajax().update("wb:growl");
    }

    // ---- dialog fields -------------------------------------------------------------------------------------

    public String getTransferKind() { return transferKind; }
    public void setTransferKind(String v) { transferKind = v; }
    public Long getTransferAgentId() { return transferAgentId; }
    public void setTransferAgentId(Long v) { transferAgentId = v; }
    public Long getTransferGroupId() { return transferGroupId; }
    public void setTransferGroupId(Long v) { transferGroupId = v; }
    public String getTransferNote() { return transferNote; }
    public void setTransferNote(String v) { transferNote = v; }
    public String getSummaryCategory() { return summaryCategory; }
    public void setSummaryCategory(String v) { summaryCategory = v; }
    public String getSummaryNote() { return summaryNote; }
    public void setSummaryNote(String v) { summaryNote = v; }
    public String getSummaryTags() { return summaryTags; }
    public void setSummaryTags(String v) { summaryTags = v; }
    public String getBlacklistReason() { return blacklistReason; }
    public void setBlacklistReason(String v) { blacklistReason = v; }
    public java.time.LocalDate getBlacklistUntil() { return blacklistUntil; }
    public void setBlacklistUntil(java.time.LocalDate v) { blacklistUntil = v; }
    public String getNewTag() { return newTag; }
    public void setNewTag(String v) { newTag = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactCompany() { return contactCompany; }
    public void setContactCompany(String v) { contactCompany = v; }
    public String getContactNote() { return contactNote; }
    public void setContactNote(String v) { contactNote = v; }
    public Long getLinkContactId() { return linkContactId; }
    public void setLinkContactId(Long v) { linkContactId = v; }
    public String getReplyQuery() { return replyQuery; }
    public void setReplyQuery(String v) { replyQuery = v; }
    public String getNewReplyTitle() { return newReplyTitle; }
    public void setNewReplyTitle(String v) { newReplyTitle = v; }
    public String getNewReplyBody() { return newReplyBody; }
    public void setNewReplyBody(String v) { newReplyBody = v; }
}
