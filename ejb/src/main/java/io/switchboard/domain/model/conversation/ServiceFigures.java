package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.report.FactKind;
import io.switchboard.domain.model.report.RaisedFact;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the reports need to know of a conversation as it goes (issue 21), kept with it and changed by its transitions:
 * the lines so far, when the current agent's part ("segment") began and how many lines it had then, whether the
 * agent owes the visitor a reply and since when. Each transition raises its reporting facts into the conversation's
 * list ({@link Conversation#drainFacts()}); they are stored in the transaction that changed it.
 *
 * <p>A transfer ends one agent's part and starts the next one's: each part keeps its own start, first response,
 * replies and duration, so both agents' reports count it, and {@link #getFirstServedAt()} stays when the first
 * agent took the conversation.
 */
@Embeddable
public class ServiceFigures {

    @Column(name = "first_served_at")
    private Instant firstServedAt;
    @Column(name = "visitor_lines", nullable = false)
    private int visitorLines;
    @Column(name = "agent_lines", nullable = false)
    private int agentLines;
    @Column(name = "segment_lines_from", nullable = false)
    private int segmentLinesFrom;
    @Column(name = "segment_visitor_lines_from", nullable = false)
    private int segmentVisitorLinesFrom;
    /** The visitor's first line the agent has not answered yet (or the part's start); null: no reply owed. */
    @Column(name = "reply_due_since")
    private Instant replyDueSince;
    @Column(name = "segment_replied", nullable = false)
    private boolean segmentReplied;

    /** Where the raised facts go: the conversation's own list (a refresh replaces this object, not that list). */
    @Transient
    private List<RaisedFact> raised;

    ServiceFigures raisingInto(List<RaisedFact> sink) {
        this.raised = sink;
        return this;
    }

    private void raise(RaisedFact fact) {
        raised.add(fact);
    }

    void arrived(Instant createdAt) {
        raise(RaisedFact.of(FactKind.ARRIVED, createdAt, createdAt, null, null, null));
    }

    void queued(Long firstGroup, Instant createdAt, Instant at) {
        raise(RaisedFact.of(FactKind.QUEUED, at, createdAt, null, firstGroup, null));
    }

    /** An agent's part begins; {@code queuedAt} non-null when it came from the queue (then the queue time is raised). */
    void segmentStarted(long agent, Long group, Instant createdAt, Instant queuedAt, Instant at) {
        if (queuedAt != null) {
            raise(RaisedFact.of(FactKind.QUEUE_LEFT, at, createdAt, agent, group, millis(queuedAt, at)));
        }
        begin(agent, group, at, null);
    }

    /** The agent started the conversation with a browsing visitor (主动会话): their part begins, no queue. */
    void startedByAgent(long agent, Long group, Instant at) {
        begin(agent, group, at, RaisedFact.PROACTIVE);
    }

    /** The conversation came to this agent from another one: their own part begins. */
    void transferredIn(long agent, Long group, Instant at) {
        begin(agent, group, at, null);
        raise(RaisedFact.of(FactKind.TRANSFER_IN, at, at, agent, group, null));
    }

    private void begin(long agent, Long group, Instant at, String detail) {
        raise(new RaisedFact(FactKind.SEGMENT_STARTED, at, at, agent, group, null, 0, detail));
        if (firstServedAt == null) {
            firstServedAt = at;
        }
        segmentLinesFrom = visitorLines + agentLines;
        segmentVisitorLinesFrom = visitorLines;
        replyDueSince = at;
        segmentReplied = false;
    }

    /**
     * Back to the queue without having been answered (RT-6): that agent never served it. Raised as an ended part
     * marked {@code withdrawn}, which takes back the part its start counted.
     */
    void offerWithdrawn(long agent, Long group, Instant segmentStart, Instant at) {
        if (firstServedAt != null && firstServedAt.equals(segmentStart)) {
            firstServedAt = null;
        }
        raise(new RaisedFact(FactKind.SEGMENT_ENDED, at, segmentStart, agent, group, 0L, 0, RaisedFact.WITHDRAWN));
        replyDueSince = null;
    }

    void answered(long agent, Long group, Instant createdAt, Instant queuedAt, Instant at) {
        if (queuedAt != null) {
            raise(RaisedFact.of(FactKind.ANSWERED, at, createdAt, agent, group, millis(queuedAt, at)));
        }
    }

    void visitorWrote(boolean withAgent, Instant at) {
        visitorLines++;
        if (withAgent && replyDueSince == null) {
            replyDueSince = at;
        }
    }

    void agentWrote(long agent, Long group, Instant segmentStart, Instant at) {
        agentLines++;
        if (!segmentReplied) {
            segmentReplied = true;
            raise(RaisedFact.of(FactKind.FIRST_REPLY, at, segmentStart, agent, group, millis(segmentStart, at)));
        }
        if (replyDueSince != null) {
            raise(RaisedFact.of(FactKind.REPLY, at, segmentStart, agent, group, millis(replyDueSince, at)));
            replyDueSince = null;
        }
    }

    /** The agent's part ends: the conversation ended, or ({@code transferred}) went to another agent. */
    void segmentEnded(long agent, Long group, Instant segmentStart, boolean transferred, Instant at) {
        if (transferred) {
            raise(RaisedFact.of(FactKind.TRANSFER_OUT, at, segmentStart, agent, group, null));
        }
        int lines = visitorLines + agentLines - segmentLinesFrom;
        boolean valid = visitorLines > segmentVisitorLinesFrom;
        raise(new RaisedFact(FactKind.SEGMENT_ENDED, at, segmentStart, agent, group, millis(segmentStart, at), lines,
                valid ? RaisedFact.VALID : RaisedFact.INVALID));
        replyDueSince = null;
    }

    void abandoned(Long firstGroup, Instant createdAt, Instant queuedAt, String reason, Instant at) {
        raise(new RaisedFact(FactKind.ABANDONED, at, createdAt, null, firstGroup, millis(queuedAt, at), 0, reason));
    }

    /** A rating, a summary, a quality score of the latest agent's part; {@code value}: the score, if any. */
    void scored(FactKind kind, Long agent, Long group, Instant segmentStart, Long value, Instant at, String detail) {
        raise(new RaisedFact(kind, at, segmentStart == null ? at : segmentStart, agent, group, value, 0, detail));
    }

    private static long millis(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    /** When the first agent took the conversation (not moved by a transfer); null while nobody served it. */
    public Instant getFirstServedAt() { return firstServedAt; }
    public int getVisitorLines() { return visitorLines; }
    public int getAgentLines() { return agentLines; }
}
