package io.switchboard.interfaces.web.admin;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.ConversationService;
import io.switchboard.application.FeedbackService;
import io.switchboard.application.FeedbackService.LeftMessageView;
import io.switchboard.application.FeedbackService.RatingView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.QueueItemView;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.ServiceSummaryService.SummaryView;
import io.switchboard.application.SessionService;
import io.switchboard.application.SessionService.SessionDetail;
import io.switchboard.application.SessionService.SessionQuery;
import io.switchboard.application.SessionService.SessionView;
import io.switchboard.application.SessionService.TranscriptLine;
import io.switchboard.application.SessionService.TransferNote;
import io.switchboard.application.SkillGroupService;
import io.switchboard.application.StaffService;
import io.switchboard.application.StaffService.StaffQuery;
import io.switchboard.application.StaffService.StaffView;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.interfaces.web.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * 会话 (AD-5): current and ended conversations with filters, the transcript of one, export; the live queue, left
 * messages (processed or not), service summaries (processed or not) and satisfaction results. Supervisors see all
 * of it; only administrators mark things processed.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;
    @Inject
    ConversationService conversations;
    @Inject
    FeedbackService feedback;
    @Inject
    ServiceSummaryService summaries;
    @Inject
    SkillGroupService groups;
    @Inject
    StaffService staff;
    @Inject
    AgentDeskService desk;
    @Inject
    io.switchboard.application.SupervisorService supervisor;
    @Inject
    ConsoleActions actions;
    @Inject
    UserSession user;
    @Inject
    ConsoleFormat fmt;

    private String state = "open";
    private String channel;
    private Long skillGroupId;
    private Long agentId;
    private LocalDate from;
    private LocalDate to;
    private String visitor;
    private Integer maxRating;
    private Long minServiceMinutes;
    private Long minResponseSeconds;
    private Boolean leftProcessed = false;
    private Boolean summariesProcessed = false;
    private Long transcriptOf;
    private transient SessionDetail detail;
    private transient List<TranscriptEntry> transcript;
    private Long moveTo;
    private String moveNote;

    private PagedRows<SessionView> rows;
    private PagedRows<QueueItemView> queue;
    private PagedRows<LeftMessageView> left;
    private PagedRows<SummaryView> summaryRows;
    private PagedRows<RatingView> ratings;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> sessions.search(query(), o, l),
                () -> sessions.count(query(), SessionService.COUNT_LIMIT), SessionView::id).cappedAt(SessionService.COUNT_LIMIT);
        queue = new PagedRows<>((o, l) -> conversations.queue(skillGroupId, o, l).items(), () -> conversations.queueLength(skillGroupId),
                QueueItemView::conversationId);
        left = new PagedRows<>((o, l) -> feedback.leftMessages(leftProcessed, o, l), () -> feedback.countLeftMessages(leftProcessed),
                LeftMessageView::id);
        summaryRows = new PagedRows<>((o, l) -> summaries.list(summariesProcessed, o, l), () -> summaries.count(summariesProcessed),
                SummaryView::conversationId);
        ratings = new PagedRows<>((o, l) -> feedback.ratings(o, l), () -> feedback.countRatings(), RatingView::id);
    }

    SessionQuery query() {
        Boolean open = switch (state == null ? "" : state) {
            case "open" -> true;
            case "ended" -> false;
            default -> null;
        };
        return new SessionQuery(open, channel, skillGroupId, agentId, from == null ? null : start(from),
                to == null ? null : start(to.plusDays(1)), visitor, new SessionService.Inspect(maxRating,
                        minServiceMinutes == null ? null : minServiceMinutes * 60, minResponseSeconds));
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(fmt.zone()).toInstant();
    }

    public void search() {
        // the lazy tables read the filters on their next render
    }

    public void clear() {
        channel = visitor = null;
        skillGroupId = agentId = null;
        from = to = null;
    }

    /** A transcript line or a transfer, in the order they happened. */
    public record TranscriptEntry(TranscriptLine line, TransferNote transfer) {
        Instant at() {
            return line != null ? line.sentAt() : transfer.at();
        }
    }

    public void showTranscript(long conversationId) {
        transcriptOf = conversationId;
        detail = sessions.detail(conversationId);
        List<TranscriptEntry> entries = new ArrayList<>();
        detail.lines().forEach(l -> entries.add(new TranscriptEntry(l, null)));
        detail.transfers().forEach(t -> entries.add(new TranscriptEntry(null, t)));
        // stable: a transfer goes after the lines of its own moment (the "transferred" notice is one of them)
        entries.sort(Comparator.comparing(TranscriptEntry::at));
        transcript = entries;
    }

    public List<TranscriptEntry> getTranscript() {
        reread();
        return transcript == null ? List.of() : transcript;
    }

    public SessionDetail getDetail() {
        reread();
        return detail;
    }

    public SessionView getSession() {
        return getDetail() == null ? null : detail.session();
    }

    /** The open transcript is of a conversation going on: the dialog reads it again every few seconds (质检 watch). */
    public boolean isLive() {
        SessionView s = getSession();
        return s != null && s.endedAt() == null;
    }

    /** The watch's poll: the transcript as it is now, and the move row again when the conversation's state changed. */
    public void refreshTranscript() {
        if (transcriptOf != null) {
            String before = stateOf(getSession());
            detail = null;
            reread();
            if (!Objects.equals(before, stateOf(getSession()))) {
                PrimeFaces.current().ajax().update("watch:live");
            }
        }
    }

    private static String stateOf(SessionView s) {
        return s == null ? null : s.state() + (s.endedAt() == null ? "" : ":ended");
    }

    /** A supervisor moves the watched conversation to another agent at once. */
    public void move() {
        if (transcriptOf == null) {
            return;
        }
        if (moveTo == null) {
            actions.error(FacesContext.getCurrentInstance(), actions.text("console.sessions.chooseAgent"));
            return;
        }
        long id = transcriptOf;
        if (actions.run("watch", () -> supervisor.move(id, moveTo, moveNote), "console.sessions.moved")) {
            moveTo = null;
            moveNote = null;
            refreshTranscript();
        }
    }

    public Long getMoveTo() { return moveTo; }
    public void setMoveTo(Long moveTo) { this.moveTo = moveTo; }
    public String getMoveNote() { return moveNote; }
    public void setMoveNote(String moveNote) { this.moveNote = moveNote; }

    /** The transcript is not replicated with the session: on another node it is read again for the same conversation. */
    private void reread() {
        if (detail == null && transcriptOf != null) {
            try {
                showTranscript(transcriptOf);
            } catch (NotFoundException e) {
                transcriptOf = null; // gone meanwhile: nothing to show, and not asked again on every render
            }
        }
    }

    public StreamedContent getExportCsv() {
        return AgentsView.file(sessions.export(query(), false), "sessions.csv", "text/csv");
    }

    public StreamedContent getExportXlsx() {
        return AgentsView.file(sessions.export(query(), true), "sessions.xlsx", AgentsView.XLSX);
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    private long me() {
        return desk.identify(user.getUsername()).orElseThrow().agentId();
    }

    public void leftProcessed(long id) {
        if (isAdmin()) {
            actions.run(null, () -> feedback.markProcessed(id, me()), "console.saved");
        }
    }

    public void summaryProcessed(long conversationId) {
        if (isAdmin()) {
            actions.run(null, () -> summaries.markProcessed(conversationId, me()), "console.saved");
        }
    }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    public List<StaffView> getAgents() {
        return staff.search(StaffQuery.all(), 0, 500);
    }

    /** The channels a conversation comes from (API names where a partner's line came from, not a conversation's). */
    public String[] getChannels() {
        return java.util.Arrays.stream(io.switchboard.domain.model.message.ChannelKind.values())
                .filter(k -> k != io.switchboard.domain.model.message.ChannelKind.API).map(Enum::name)
                .toArray(String[]::new);
    }

    public PagedRows<SessionView> getRows() { return rows; }
    public PagedRows<QueueItemView> getQueue() { return queue; }
    public PagedRows<LeftMessageView> getLeft() { return left; }
    public PagedRows<SummaryView> getSummaryRows() { return summaryRows; }
    public PagedRows<RatingView> getRatings() { return ratings; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v == null || v.isBlank() ? null : v; }
    public Long getSkillGroupId() { return skillGroupId; }
    public void setSkillGroupId(Long v) { skillGroupId = v; }
    public Long getAgentId() { return agentId; }
    public void setAgentId(Long v) { agentId = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public Integer getMaxRating() { return maxRating; }
    public void setMaxRating(Integer v) { maxRating = v; }
    public Long getMinServiceMinutes() { return minServiceMinutes; }
    public void setMinServiceMinutes(Long v) { minServiceMinutes = v; }
    public Long getMinResponseSeconds() { return minResponseSeconds; }
    public void setMinResponseSeconds(Long v) { minResponseSeconds = v; }
    public String getVisitor() { return visitor; }
    public void setVisitor(String v) { visitor = v == null || v.isBlank() ? null : v.strip(); }
    public Boolean getLeftProcessed() { return leftProcessed; }
    public void setLeftProcessed(Boolean v) { leftProcessed = v; }
    public Boolean getSummariesProcessed() { return summariesProcessed; }
    public void setSummariesProcessed(Boolean v) { summariesProcessed = v; }
    public Long getTranscriptOf() { return transcriptOf; }
}
