package io.switchboard.domain.model.report.custom;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A row the custom reports (RP-4) group and sum: either a conversation ({@code partAgentId} 0, counted at its
 * creation: queue time, times queued, its visitor) or one agent's part of it (counted at its start, the pickup:
 * duration, lines, responses, rating, QA score). Folded from the reporting facts by {@link SessionFold}; the local
 * hour, day, week and month of its time in the tenant's zone are kept so every granularity is a column.
 */
@Entity
@Table(name = "report_session")
public class ReportSession extends TenantOwned {

    @Id
    @SequenceGenerator(name = "report_session_seq", sequenceName = "report_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_session_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;
    @Column(name = "part_agent_id", nullable = false)
    private long partAgentId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "local_hour", nullable = false)
    private LocalDateTime localHour;
    @Column(name = "local_day", nullable = false)
    private LocalDate localDay;
    @Column(name = "local_week", nullable = false)
    private LocalDate localWeek;
    @Column(name = "local_month", nullable = false)
    private LocalDate localMonth;

    @Column(name = "agent_id")
    private Long agentId;
    @Column(name = "skill_group_id")
    private Long skillGroupId;
    @Column(name = "visitor_id", length = 100)
    private String visitorId;
    @Column(nullable = false, length = 20)
    private String channel;
    @Column(nullable = false, length = 100)
    private String association;
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 12)
    private SessionType sessionType = SessionType.INBOUND;
    @Column(nullable = false)
    private boolean valid;
    @Column(nullable = false)
    private boolean withdrawn;

    @Column(nullable = false)
    private int queued;
    @Column(name = "queue_exits", nullable = false)
    private int queueExits;
    @Column(name = "queue_ms_sum", nullable = false)
    private long queueMsSum;
    @Column(name = "queue_ms_max", nullable = false)
    private long queueMsMax;

    @Column(nullable = false)
    private boolean ended;
    @Column(name = "duration_ms", nullable = false)
    private long durationMs;
    @Column(nullable = false)
    private int lines;
    @Column(name = "first_reply_ms")
    private Long firstReplyMs;
    @Column(nullable = false)
    private int replies;
    @Column(name = "reply_ms_sum", nullable = false)
    private long replyMsSum;
    @Column(name = "reply_ms_max", nullable = false)
    private long replyMsMax;
    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;
    @Column(nullable = false)
    private int ratings;
    @Column(name = "qa_sum", nullable = false)
    private int qaSum;
    @Column(name = "qa_scores", nullable = false)
    private int qaScores;

    protected ReportSession() {
    }

    /** A conversation's row ({@code partAgent} 0) or an agent's part, at {@code at} in the tenant's {@code zone}. */
    public ReportSession(long conversationId, long partAgent, Instant at, ZoneId zone, String visitorId,
                         String channel, String association) {
        this.conversationId = conversationId;
        this.partAgentId = partAgent;
        this.agentId = partAgent == 0 ? null : partAgent;
        this.startedAt = at;
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        this.localHour = local.truncatedTo(ChronoUnit.HOURS);
        this.localDay = local.toLocalDate();
        this.localWeek = localDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.localMonth = localDay.withDayOfMonth(1);
        this.visitorId = visitorId;
        this.channel = channel == null ? "" : channel;
        this.association = association == null ? "" : association.length() <= 100 ? association : association.substring(0, 100);
    }

    public boolean isConversation() {
        return partAgentId == 0;
    }

    void inGroup(Long group) {
        if (skillGroupId == null && group != null) {
            skillGroupId = group;
        }
    }

    void typed(SessionType type) {
        this.sessionType = type;
    }

    void queued() {
        queued++;
    }

    /** Left the queue (to an agent, who is then the conversation's agent, or by abandoning) after {@code ms}. */
    void leftQueue(Long agent, long ms) {
        queueExits++;
        queueMsSum += ms;
        queueMsMax = Math.max(queueMsMax, ms);
        if (agent != null) {
            agentId = agent;
        }
    }

    /** An agent took the conversation without a queue (they started it). */
    void servedBy(Long agent) {
        agentId = agent;
    }

    void madeValid() {
        valid = true;
    }

    void offered() {
        withdrawn = false;
    }

    void withdrawn() {
        withdrawn = true;
    }

    void ended(long ms, int partLines, boolean visitorWrote) {
        ended = true;
        durationMs = ms;
        lines = partLines;
        valid = visitorWrote;
    }

    void firstReply(long ms) {
        firstReplyMs = ms;
    }

    void replied(long ms) {
        replies++;
        replyMsSum += ms;
        replyMsMax = Math.max(replyMsMax, ms);
    }

    void rated(int score) {
        ratings++;
        ratingSum += score;
    }

    /** A QA score, or ({@code rescore}) the difference a changed score makes. */
    void qaScored(int value, boolean rescore) {
        qaSum += value;
        qaScores += rescore ? 0 : 1;
    }

    public long getConversationId() { return conversationId; }
    public long getPartAgentId() { return partAgentId; }
    public Instant getStartedAt() { return startedAt; }
    public LocalDateTime getLocalHour() { return localHour; }
    public LocalDate getLocalDay() { return localDay; }
    public LocalDate getLocalWeek() { return localWeek; }
    public LocalDate getLocalMonth() { return localMonth; }
    public Long getAgentId() { return agentId; }
    public Long getSkillGroupId() { return skillGroupId; }
    public String getVisitorId() { return visitorId; }
    public String getChannel() { return channel; }
    public String getAssociation() { return association; }
    public SessionType getSessionType() { return sessionType; }
    public boolean isValid() { return valid; }
    public boolean isWithdrawn() { return withdrawn; }
    public int getQueued() { return queued; }
    public int getQueueExits() { return queueExits; }
    public long getQueueMsSum() { return queueMsSum; }
    public long getQueueMsMax() { return queueMsMax; }
    public boolean isEnded() { return ended; }
    public long getDurationMs() { return durationMs; }
    public int getLines() { return lines; }
    public Long getFirstReplyMs() { return firstReplyMs; }
    public int getReplies() { return replies; }
    public long getReplyMsSum() { return replyMsSum; }
    public long getReplyMsMax() { return replyMsMax; }
    public int getRatingSum() { return ratingSum; }
    public int getRatings() { return ratings; }
    public int getQaSum() { return qaSum; }
    public int getQaScores() { return qaScores; }
}
