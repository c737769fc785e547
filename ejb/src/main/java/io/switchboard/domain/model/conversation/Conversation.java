package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.domain.model.report.RaisedFact;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A visitor's conversation with the contact center. It guards its own state machine ({@link ConversationState})
 * and knows its own deadlines ({@link #deadlines(RoutingSettings)}). It keeps the earliest of them in an indexed
 * column ({@link #refreshDeadline}), so one sweep finds every conversation with something due; the sweep then asks
 * the conversation again what is due ({@link #dueTimers}), so a deadline that moved meanwhile (the visitor answered)
 * costs a read and nothing else.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;
    @Column(name = "visitor_name", nullable = false, length = 100)
    private String visitorName;
    @Column(nullable = false, length = 20)
    private String channel;
    @Column(length = 100)
    private String association;
    @Column(length = 100)
    private String entry;
    /** The visitor's language tag ({@code zh}, {@code en}); null before it was kept: Chinese. */
    @Column(length = 5)
    private String language;
    @Column(nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @Column(name = "agent_id")
    private Long agentId;
    @Column(name = "skill_group_id")
    private Long skillGroupId;

    /** The skill groups routing chose, in overflow order, kept for re-queueing after a timeout (RT-6). */
    @Column(name = "candidate_groups", length = 500)
    private String candidateGroups;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_visitor_activity_at", nullable = false)
    private Instant lastVisitorActivityAt;
    @Column(name = "queued_at")
    private Instant queuedAt;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "last_visitor_message_at")
    private Instant lastVisitorMessageAt;
    @Column(name = "last_agent_message_at")
    private Instant lastAgentMessageAt;
    @Column(name = "idle_warned_at")
    private Instant idleWarnedAt;
    @Column(name = "reply_nudged_at")
    private Instant replyNudgedAt;
    @Column(name = "visitor_disconnected_at")
    private Instant visitorDisconnectedAt;

    @Column(name = "transfer_to_agent_id")
    private Long transferToAgentId;
    @Column(name = "transfer_to_group_id")
    private Long transferToGroupId;
    @Column(name = "transfer_requested_at")
    private Instant transferRequestedAt;
    @Column(name = "transfer_note", length = 500)
    private String transferNote;

    /** The earliest of {@link #deadlines}, or null: what the deadline sweep looks for. */
    @Column(name = "next_deadline_at")
    private Instant nextDeadlineAt;

    /** When the conversation's flow stops waiting (for an answer or an HTTP call); null while it does not wait. */
    @Column(name = "flow_wait_until")
    private Instant flowWaitUntil;

    /** The sequence number of the transcript's last message; the next one gets {@code lastSeq + 1}. */
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Embedded
    private ServiceFigures figures = new ServiceFigures();
    /** The reporting facts raised since the last {@link #drainFacts} (kept here: a refresh replaces {@link #figures}). */
    @jakarta.persistence.Transient
    private java.util.List<RaisedFact> raisedFacts = new java.util.ArrayList<>(4);

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(String visitorId, String visitorName, String channel, String association, String entry,
            int priority, Instant at) {
        this.visitorId = requireText(visitorId, "visitorId");
        this.visitorName = visitorName == null || visitorName.isBlank() ? visitorId : visitorName.trim();
        this.channel = requireText(channel, "channel");
        this.association = association;
        this.entry = entry;
        this.priority = priority;
        this.state = ConversationState.IN_FLOW;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.lastVisitorActivityAt = at;
        figures().arrived(at);
    }

    /** The visitor reads {@code value}: the system and timer messages of this conversation are said in it. */
    public Conversation speaking(io.switchboard.domain.model.message.Language value) {
        this.language = value == null ? null : value.tag();
        return this;
    }

    public io.switchboard.domain.model.message.Language language() {
        return io.switchboard.domain.model.message.Language.of(language);
    }

    // ---- transitions ------------------------------------------------------------------------------------

    /** Joins the queue for these groups (overflow order): from the flow, or back from an agent who did not answer in time (RT-6). */
    public void enqueue(java.util.List<Long> groups, Instant at) {
        require(Set.of(ConversationState.IN_FLOW, ConversationState.ASSIGNED), "queue");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a conversation is queued for at least one skill group");
        }
        if (state == ConversationState.ASSIGNED) {
            // back from an agent (RT-6 re-route, or the agent's seat was lost): that agent's part ends here
            if (answeredAt == null) {
                figures().offerWithdrawn(agentId, skillGroupId, assignedAt, at);
            } else {
                figures().segmentEnded(agentId, skillGroupId, assignedAt, false, at);
            }
        }
        this.candidateGroups = groups.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        figures().queued(groups.get(0), createdAt, at);
        this.state = ConversationState.QUEUED;
        this.queuedAt = at;
        this.agentId = null;
        this.skillGroupId = null;
        this.assignedAt = null;
        this.answeredAt = null;
        clearTransfer();
    }

    public void assign(long agent, long group, Instant at) {
        require(Set.of(ConversationState.QUEUED), "assign");
        assignTo(agent, group, at);
        figures().segmentStarted(agent, group, createdAt, queuedAt, at);
    }

    /**
     * An agent started this conversation with a visitor browsing the site (S3 §2.2 主动发起会话): assigned to that agent
     * from the start, without a queue, and answered (the agent's first line follows at once).
     */
    public void startedBy(long agent, Long group, Instant at) {
        require(Set.of(ConversationState.IN_FLOW), "start as an agent");
        assignTo(agent, group, at);
        this.answeredAt = at;
        figures().startedByAgent(agent, group, at);
    }

    private void assignTo(long agent, Long group, Instant at) {
        this.state = ConversationState.ASSIGNED;
        this.agentId = agent;
        this.skillGroupId = group;
        this.assignedAt = at;
        this.answeredAt = null;
        this.idleWarnedAt = null;
        this.replyNudgedAt = null;
    }

    /** The agent accepted or wrote the first reply: no timeout re-route any more. */
    public void answer(Instant at) {
        require(Set.of(ConversationState.ASSIGNED), "answer");
        if (answeredAt == null) {
            answeredAt = at;
            figures().answered(agentId, skillGroupId, createdAt, queuedAt, at);
        }
    }

    public void visitorWrote(Instant at) {
        requireOpen("receive a visitor message");
        figures().visitorWrote(state == ConversationState.ASSIGNED, at);
        lastVisitorMessageAt = at;
        lastVisitorActivityAt = at;
        idleWarnedAt = null;
        visitorDisconnectedAt = null;
    }

    public void agentWrote(Instant at) {
        require(Set.of(ConversationState.ASSIGNED), "receive an agent message");
        figures().agentWrote(agentId, skillGroupId, assignedAt, at);
        lastAgentMessageAt = at;
        answer(at);
    }

    public void idleWarned(Instant at) {
        idleWarnedAt = at;
    }

    public void replyNudged(Instant at) {
        replyNudgedAt = at;
    }

    public void visitorDisconnected(Instant at) {
        requireOpen("disconnect");
        if (visitorDisconnectedAt == null) {
            visitorDisconnectedAt = at;
        }
    }

    public void visitorReconnected(Instant at) {
        requireOpen("reconnect");
        visitorDisconnectedAt = null;
        lastVisitorActivityAt = at;
    }

    /** RT-10: the conversation is offered to another agent, who must confirm in time. */
    public void requestTransfer(long toAgent, Long toGroup, String note, Instant at) {
        require(Set.of(ConversationState.ASSIGNED), "transfer");
        if (transferRequestedAt != null) {
            throw new IllegalStateException("conversation " + id + " already has a pending transfer");
        }
        if (agentId != null && agentId == toAgent) {
            throw new IllegalArgumentException("cannot transfer a conversation to the agent who holds it");
        }
        this.transferToAgentId = toAgent;
        this.transferToGroupId = toGroup;
        this.transferNote = note;
        this.transferRequestedAt = at;
    }

    /** The receiver confirmed: they hold the conversation from now on. */
    public void completeTransfer(long group, Instant at) {
        require(Set.of(ConversationState.ASSIGNED), "complete a transfer");
        requirePendingTransfer();
        figures().segmentEnded(agentId, skillGroupId, assignedAt, true, at);
        this.agentId = transferToAgentId;
        this.skillGroupId = group;
        this.assignedAt = at;
        this.answeredAt = at;
        clearTransfer();
        figures().transferredIn(agentId, group, at);
    }

    /** Declined or not confirmed in time: the conversation stays with its agent. */
    public void cancelTransfer() {
        requirePendingTransfer();
        clearTransfer();
    }

    public void end(EndReason reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        requireOpen("end");
        Set<ConversationState> from = switch (reason.terminalState()) {
            case CLOSED -> Set.of(ConversationState.ASSIGNED, ConversationState.IN_FLOW);
            case TIMED_OUT -> Set.of(ConversationState.QUEUED);
            case ABANDONED -> Set.of(ConversationState.IN_FLOW, ConversationState.QUEUED);
            case LEFT_MESSAGE -> Set.of(ConversationState.IN_FLOW, ConversationState.QUEUED);
            default -> Set.of();
        };
        require(from, "end with " + reason);
        if (state == ConversationState.ASSIGNED) {
            figures().segmentEnded(agentId, skillGroupId, assignedAt, false, at);
        } else if (state == ConversationState.QUEUED && at.isAfter(queuedAt)) {
            // refused at once (nobody online, off hours) is not an abandon: it never waited
            java.util.List<Long> groups = getCandidateGroups();
            figures().abandoned(groups.isEmpty() ? null : groups.get(0), createdAt, queuedAt, reason.name(), at);
        }
        this.state = reason.terminalState();
        this.endReason = reason;
        this.endedAt = at;
        this.nextDeadlineAt = null;
        clearTransfer();
    }

    /** The visitor rated the service (1–5): it counts for the agent of the latest part. */
    public void rated(int score, Instant at) {
        figures().scored(io.switchboard.domain.model.report.FactKind.RATED, agentId, skillGroupId, assignedAt,
                (long) score, at, null);
    }

    /**
     * A supervisor scored the conversation (0–100): it counts for the agent of the latest part. Scored again, only
     * the difference to {@code previous} is counted, so the average stays the average of the latest scores.
     */
    public void qaScored(Integer previous, int score, Instant at) {
        figures().scored(io.switchboard.domain.model.report.FactKind.QA_SCORED, agentId, skillGroupId, assignedAt,
                (long) (previous == null ? score : score - previous), at, previous == null ? null : RaisedFact.RESCORE);
    }

    /** The agent of the latest part wrote the service summary (a rewrite does not count again). */
    public void summaryWritten(Instant at) {
        figures().scored(io.switchboard.domain.model.report.FactKind.SUMMARY, agentId, skillGroupId, assignedAt, null, at,
                null);
    }

    /** What the reports need of this conversation (lines, the current agent's part); never null. */
    public ServiceFigures figures() {
        if (figures == null) {
            figures = new ServiceFigures(); // a row whose figure columns are all null (not written by this schema)
        }
        return figures.raisingInto(raisedFacts);
    }

    /** The reporting facts its transitions raised since the last call, handed out once (see {@link ServiceFigures}). */
    public java.util.List<RaisedFact> drainFacts() {
        if (raisedFacts.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<RaisedFact> out = java.util.List.copyOf(raisedFacts);
        raisedFacts.clear();
        return out;
    }

    /** Hands out the next transcript sequence number: 1, 2, 3 … with no gap (callers hold the routing lock). */
    public long nextSeq() {
        return ++lastSeq;
    }

    // ---- deadlines ----------------------------------------------------------------------------------------

    /** Every deadline that applies now, by timer. The wait for the previous agent lives on the queue entry. */
    public Map<ConversationTimer, Instant> deadlines(RoutingSettings s) {
        return ConversationDeadlines.of(this, s);
    }

    /** The conversation's flow waits until then (null: it does not wait); call {@link #refreshDeadline} after. */
    public void flowWaits(Instant until) {
        this.flowWaitUntil = until;
    }

    public Instant getFlowWaitUntil() {
        return flowWaitUntil;
    }

    /** Stores the earliest deadline under these settings; every service that changes the conversation calls it. */
    public void refreshDeadline(RoutingSettings s) {
        nextDeadlineAt = deadlines(s).values().stream().min(Instant::compareTo).orElse(null);
    }

    public Instant getNextDeadlineAt() {
        return nextDeadlineAt;
    }

    /** The timers due at {@code now}, earliest first; empty when the stored deadline was stale. */
    public java.util.List<ConversationTimer> dueTimers(RoutingSettings s, Instant now) {
        return deadlines(s).entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Whether this timer is due at {@code now}; false for a stale timer whose condition no longer holds. */
    public boolean isDue(ConversationTimer timer, RoutingSettings s, Instant now) {
        Instant at = deadlines(s).get(timer);
        return at != null && !at.isAfter(now);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void clearTransfer() {
        transferToAgentId = null;
        transferToGroupId = null;
        transferRequestedAt = null;
        transferNote = null;
    }

    private void requirePendingTransfer() {
        if (transferRequestedAt == null) {
            throw new IllegalStateException("conversation " + id + " has no pending transfer");
        }
    }

    private void requireOpen(String action) {
        if (state.terminal()) {
            throw new IllegalStateException("cannot " + action + ": conversation " + id + " is " + state);
        }
    }

    private void require(Set<ConversationState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw new IllegalStateException("cannot " + action + ": conversation " + id + " is " + state);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.trim();
    }

    Instant lastVisitorActivityAt() { return lastVisitorActivityAt; }
    Instant lastVisitorMessageAt() { return lastVisitorMessageAt; }
    Instant lastAgentMessageAt() { return lastAgentMessageAt; }
    Instant idleWarnedAt() { return idleWarnedAt; }
    Instant replyNudgedAt() { return replyNudgedAt; }

    public Long getId() { return id; }
    public String getVisitorId() { return visitorId; }
    public String getVisitorName() { return visitorName; }
    public String getChannel() { return channel; }
    public String getAssociation() { return association; }
    public String getEntry() { return entry; }
    public int getPriority() { return priority; }
    public ConversationState getState() { return state; }
    public EndReason getEndReason() { return endReason; }
    public Long getAgentId() { return agentId; }
    public Long getSkillGroupId() { return skillGroupId; }
    public java.util.List<Long> getCandidateGroups() {
        return candidateGroups == null || candidateGroups.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(candidateGroups.split(",")).map(Long::valueOf).toList();
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getQueuedAt() { return queuedAt; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public Instant getVisitorDisconnectedAt() { return visitorDisconnectedAt; }
    public Long getTransferToAgentId() { return transferToAgentId; }
    public Long getTransferToGroupId() { return transferToGroupId; }
    public Instant getTransferRequestedAt() { return transferRequestedAt; }
    public String getTransferNote() { return transferNote; }
    public long getLastSeq() { return lastSeq; }
}
