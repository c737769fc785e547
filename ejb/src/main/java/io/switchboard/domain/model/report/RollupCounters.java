package io.switchboard.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The counters of one rollup row, or of a sum of rows: every figure a report shows is a ratio, a sum or a maximum of
 * these. Facts are folded in one at a time ({@link #add}); rows add up ({@link #plus}), the maxima by their maximum.
 * Times are in milliseconds.
 */
@Embeddable
public class RollupCounters {

    /** conversations created. */
    @Column(name = "arrived", nullable = false)
    private long arrived;
    /** times a conversation joined a queue. */
    @Column(name = "queued", nullable = false)
    private long queued;
    /** times a conversation left the queue to an agent. */
    @Column(name = "queue_left", nullable = false)
    private long queueLeft;
    /** queue time of those (ms). */
    @Column(name = "queue_ms_sum", nullable = false)
    private long queueMsSum;
    /** longest of those (ms). */
    @Column(name = "queue_ms_max", nullable = false)
    private long queueMsMax;
    /** conversations from the queue an agent answered. */
    @Column(name = "answered", nullable = false)
    private long answered;
    /** time from joining the queue to the answer, summed (ms). */
    @Column(name = "answer_ms_sum", nullable = false)
    private long answerMsSum;
    /** longest of those (ms). */
    @Column(name = "answer_ms_max", nullable = false)
    private long answerMsMax;
    /** answered within 10 s. */
    @Column(name = "answered_in_10", nullable = false)
    private long answeredIn10;
    /** answered within 20 s. */
    @Column(name = "answered_in_20", nullable = false)
    private long answeredIn20;
    /** answered within 30 s. */
    @Column(name = "answered_in_30", nullable = false)
    private long answeredIn30;
    /** answered within 60 s. */
    @Column(name = "answered_in_60", nullable = false)
    private long answeredIn60;
    /** conversations that ended while queued. */
    @Column(name = "abandoned", nullable = false)
    private long abandoned;
    /** their time in the queue, summed (ms). */
    @Column(name = "abandon_ms_sum", nullable = false)
    private long abandonMsSum;
    /** longest of those (ms). */
    @Column(name = "abandon_ms_max", nullable = false)
    private long abandonMsMax;
    /** abandoned within 5 s. */
    @Column(name = "abandoned_in_5", nullable = false)
    private long abandonedIn5;
    /** abandoned within 10 s. */
    @Column(name = "abandoned_in_10", nullable = false)
    private long abandonedIn10;
    /** agents' parts of conversations begun (a transfer begins a second one). */
    @Column(name = "sessions", nullable = false)
    private long sessions;
    /** parts ended in which the visitor wrote. */
    @Column(name = "valid_sessions", nullable = false)
    private long validSessions;
    /** parts ended. */
    @Column(name = "segments_ended", nullable = false)
    private long segmentsEnded;
    /** duration of the parts ended, summed (ms). */
    @Column(name = "handle_ms_sum", nullable = false)
    private long handleMsSum;
    /** longest of those (ms). */
    @Column(name = "handle_ms_max", nullable = false)
    private long handleMsMax;
    /** visitor and agent lines in the parts ended. */
    @Column(name = "lines", nullable = false)
    private long lines;
    /** parts with a first reply. */
    @Column(name = "first_replies", nullable = false)
    private long firstReplies;
    /** first response times, summed (ms). */
    @Column(name = "first_reply_ms_sum", nullable = false)
    private long firstReplyMsSum;
    /** longest of those (ms). */
    @Column(name = "first_reply_ms_max", nullable = false)
    private long firstReplyMsMax;
    /** agent replies to the visitor. */
    @Column(name = "replies", nullable = false)
    private long replies;
    /** response times, summed (ms). */
    @Column(name = "reply_ms_sum", nullable = false)
    private long replyMsSum;
    /** longest of those (ms). */
    @Column(name = "reply_ms_max", nullable = false)
    private long replyMsMax;
    /** conversations received by transfer. */
    @Column(name = "transfers_in", nullable = false)
    private long transfersIn;
    /** conversations handed on by transfer. */
    @Column(name = "transfers_out", nullable = false)
    private long transfersOut;
    /** satisfaction ratings. */
    @Column(name = "ratings", nullable = false)
    private long ratings;
    /** their scores, summed. */
    @Column(name = "rating_sum", nullable = false)
    private long ratingSum;
    /** service summaries written. */
    @Column(name = "summaries", nullable = false)
    private long summaries;
    /** quality scores given. */
    @Column(name = "qa_scores", nullable = false)
    private long qaScores;
    /** their scores, summed. */
    @Column(name = "qa_sum", nullable = false)
    private long qaSum;
    /** time available (示闲) (ms). */
    @Column(name = "online_ms", nullable = false)
    private long onlineMs;
    /** time busy (示忙) (ms). */
    @Column(name = "busy_ms", nullable = false)
    private long busyMs;
    /** time on a break (小休) (ms). */
    @Column(name = "break_ms", nullable = false)
    private long breakMs;
    /** time in wrap-up (话后整理) (ms). */
    @Column(name = "wrap_up_ms", nullable = false)
    private long wrapUpMs;
    /** signed-in time (available, busy, wrap-up) times the agent's cap of open chats (ms). */
    @Column(name = "capacity_ms", nullable = false)
    private long capacityMs;

    /** Counts one fact in. An {@link FactKind#AGENT_STATE} interval must already be cut to this row's hour. */
    public RollupCounters add(FactKind kind, Long value, int count, String detail) {
        long v = value == null ? 0 : value;
        switch (kind) {
            case ARRIVED -> arrived++;
            case QUEUED -> queued++;
            case QUEUE_LEFT -> {
                queueLeft++;
                queueMsSum += v;
                queueMsMax = Math.max(queueMsMax, v);
            }
            case ANSWERED -> {
                answered++;
                answerMsSum += v;
                answerMsMax = Math.max(answerMsMax, v);
                answeredIn10 += v <= 10_000 ? 1 : 0;
                answeredIn20 += v <= 20_000 ? 1 : 0;
                answeredIn30 += v <= 30_000 ? 1 : 0;
                answeredIn60 += v <= 60_000 ? 1 : 0;
            }
            case ABANDONED -> {
                abandoned++;
                abandonMsSum += v;
                abandonMsMax = Math.max(abandonMsMax, v);
                abandonedIn5 += v <= 5_000 ? 1 : 0;
                abandonedIn10 += v <= 10_000 ? 1 : 0;
            }
            case SEGMENT_STARTED -> sessions++;
            case SEGMENT_ENDED -> {
                if (RaisedFact.WITHDRAWN.equals(detail)) {
                    sessions--; // the agent never answered: the offer went back to the queue
                } else {
                    segmentsEnded++;
                    validSessions += RaisedFact.VALID.equals(detail) ? 1 : 0;
                    handleMsSum += v;
                    handleMsMax = Math.max(handleMsMax, v);
                    lines += count;
                }
            }
            case FIRST_REPLY -> {
                firstReplies++;
                firstReplyMsSum += v;
                firstReplyMsMax = Math.max(firstReplyMsMax, v);
            }
            case REPLY -> {
                replies++;
                replyMsSum += v;
                replyMsMax = Math.max(replyMsMax, v);
            }
            case TRANSFER_IN -> transfersIn++;
            case TRANSFER_OUT -> transfersOut++;
            case RATED -> {
                ratings++;
                ratingSum += v;
            }
            case SUMMARY -> summaries++;
            case QA_SCORED -> {
                qaScores += RaisedFact.RESCORE.equals(detail) ? 0 : 1; // a score changed: only the difference
                qaSum += v;
            }
            case AGENT_STATE -> agentTime(detail, v, count);
            default -> throw new IllegalArgumentException("unknown fact kind " + kind);
        }
        return this;
    }

    private void agentTime(String status, long ms, int cap) {
        switch (status == null ? "" : status) {
            case "ONLINE" -> onlineMs += ms;
            case "BUSY" -> busyMs += ms;
            case "BREAK" -> breakMs += ms;
            case "WRAP_UP" -> wrapUpMs += ms;
            default -> {
                return; // offline: not counted
            }
        }
        if (!"BREAK".equals(status)) {
            capacityMs += ms * Math.max(1, cap);
        }
    }

    /** The JPQL select list that sums rows of {@code HourlyRollup r} into what {@link #fromRow} reads. */
    public static final String SUM_SELECT = "sum(r.counters.arrived)" + ", "
            + "sum(r.counters.queued)" + ", "
            + "sum(r.counters.queueLeft)" + ", "
            + "sum(r.counters.queueMsSum)" + ", "
            + "max(r.counters.queueMsMax)" + ", "
            + "sum(r.counters.answered)" + ", "
            + "sum(r.counters.answerMsSum)" + ", "
            + "max(r.counters.answerMsMax)" + ", "
            + "sum(r.counters.answeredIn10)" + ", "
            + "sum(r.counters.answeredIn20)" + ", "
            + "sum(r.counters.answeredIn30)" + ", "
            + "sum(r.counters.answeredIn60)" + ", "
            + "sum(r.counters.abandoned)" + ", "
            + "sum(r.counters.abandonMsSum)" + ", "
            + "max(r.counters.abandonMsMax)" + ", "
            + "sum(r.counters.abandonedIn5)" + ", "
            + "sum(r.counters.abandonedIn10)" + ", "
            + "sum(r.counters.sessions)" + ", "
            + "sum(r.counters.validSessions)" + ", "
            + "sum(r.counters.segmentsEnded)" + ", "
            + "sum(r.counters.handleMsSum)" + ", "
            + "max(r.counters.handleMsMax)" + ", "
            + "sum(r.counters.lines)" + ", "
            + "sum(r.counters.firstReplies)" + ", "
            + "sum(r.counters.firstReplyMsSum)" + ", "
            + "max(r.counters.firstReplyMsMax)" + ", "
            + "sum(r.counters.replies)" + ", "
            + "sum(r.counters.replyMsSum)" + ", "
            + "max(r.counters.replyMsMax)" + ", "
            + "sum(r.counters.transfersIn)" + ", "
            + "sum(r.counters.transfersOut)" + ", "
            + "sum(r.counters.ratings)" + ", "
            + "sum(r.counters.ratingSum)" + ", "
            + "sum(r.counters.summaries)" + ", "
            + "sum(r.counters.qaScores)" + ", "
            + "sum(r.counters.qaSum)" + ", "
            + "sum(r.counters.onlineMs)" + ", "
            + "sum(r.counters.busyMs)" + ", "
            + "sum(r.counters.breakMs)" + ", "
            + "sum(r.counters.wrapUpMs)" + ", "
            + "sum(r.counters.capacityMs)";

    /** The number of values {@link #SUM_SELECT} selects. */
    public static final int SUM_COLUMNS = 41;

    /** Counters from a row of {@link #SUM_SELECT} values starting at {@code offset} (a sum over no row is all 0). */
    public static RollupCounters fromRow(Object[] row, int offset) {
        RollupCounters c = new RollupCounters();
        c.arrived = number(row[offset + 0]);
        c.queued = number(row[offset + 1]);
        c.queueLeft = number(row[offset + 2]);
        c.queueMsSum = number(row[offset + 3]);
        c.queueMsMax = number(row[offset + 4]);
        c.answered = number(row[offset + 5]);
        c.answerMsSum = number(row[offset + 6]);
        c.answerMsMax = number(row[offset + 7]);
        c.answeredIn10 = number(row[offset + 8]);
        c.answeredIn20 = number(row[offset + 9]);
        c.answeredIn30 = number(row[offset + 10]);
        c.answeredIn60 = number(row[offset + 11]);
        c.abandoned = number(row[offset + 12]);
        c.abandonMsSum = number(row[offset + 13]);
        c.abandonMsMax = number(row[offset + 14]);
        c.abandonedIn5 = number(row[offset + 15]);
        c.abandonedIn10 = number(row[offset + 16]);
        c.sessions = number(row[offset + 17]);
        c.validSessions = number(row[offset + 18]);
        c.segmentsEnded = number(row[offset + 19]);
        c.handleMsSum = number(row[offset + 20]);
        c.handleMsMax = number(row[offset + 21]);
        c.lines = number(row[offset + 22]);
        c.firstReplies = number(row[offset + 23]);
        c.firstReplyMsSum = number(row[offset + 24]);
        c.firstReplyMsMax = number(row[offset + 25]);
        c.replies = number(row[offset + 26]);
        c.replyMsSum = number(row[offset + 27]);
        c.replyMsMax = number(row[offset + 28]);
        c.transfersIn = number(row[offset + 29]);
        c.transfersOut = number(row[offset + 30]);
        c.ratings = number(row[offset + 31]);
        c.ratingSum = number(row[offset + 32]);
        c.summaries = number(row[offset + 33]);
        c.qaScores = number(row[offset + 34]);
        c.qaSum = number(row[offset + 35]);
        c.onlineMs = number(row[offset + 36]);
        c.busyMs = number(row[offset + 37]);
        c.breakMs = number(row[offset + 38]);
        c.wrapUpMs = number(row[offset + 39]);
        c.capacityMs = number(row[offset + 40]);
        return c;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Adds another row's counters to these (maxima: the larger). */
    public RollupCounters plus(RollupCounters o) {
        arrived += o.arrived;
        queued += o.queued;
        queueLeft += o.queueLeft;
        queueMsSum += o.queueMsSum;
        queueMsMax = Math.max(queueMsMax, o.queueMsMax);
        answered += o.answered;
        answerMsSum += o.answerMsSum;
        answerMsMax = Math.max(answerMsMax, o.answerMsMax);
        answeredIn10 += o.answeredIn10;
        answeredIn20 += o.answeredIn20;
        answeredIn30 += o.answeredIn30;
        answeredIn60 += o.answeredIn60;
        abandoned += o.abandoned;
        abandonMsSum += o.abandonMsSum;
        abandonMsMax = Math.max(abandonMsMax, o.abandonMsMax);
        abandonedIn5 += o.abandonedIn5;
        abandonedIn10 += o.abandonedIn10;
        sessions += o.sessions;
        validSessions += o.validSessions;
        segmentsEnded += o.segmentsEnded;
        handleMsSum += o.handleMsSum;
        handleMsMax = Math.max(handleMsMax, o.handleMsMax);
        lines += o.lines;
        firstReplies += o.firstReplies;
        firstReplyMsSum += o.firstReplyMsSum;
        firstReplyMsMax = Math.max(firstReplyMsMax, o.firstReplyMsMax);
        replies += o.replies;
        replyMsSum += o.replyMsSum;
        replyMsMax = Math.max(replyMsMax, o.replyMsMax);
        transfersIn += o.transfersIn;
        transfersOut += o.transfersOut;
        ratings += o.ratings;
        ratingSum += o.ratingSum;
        summaries += o.summaries;
        qaScores += o.qaScores;
        qaSum += o.qaSum;
        onlineMs += o.onlineMs;
        busyMs += o.busyMs;
        breakMs += o.breakMs;
        wrapUpMs += o.wrapUpMs;
        capacityMs += o.capacityMs;
        return this;
    }

    /** Every counter by its name, in the order of the columns (for the API and exports). */
    public java.util.Map<String, Long> asMap() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("arrived", arrived);
        m.put("queued", queued);
        m.put("queueLeft", queueLeft);
        m.put("queueMsSum", queueMsSum);
        m.put("queueMsMax", queueMsMax);
        m.put("answered", answered);
        m.put("answerMsSum", answerMsSum);
        m.put("answerMsMax", answerMsMax);
        m.put("answeredIn10", answeredIn10);
        m.put("answeredIn20", answeredIn20);
        m.put("answeredIn30", answeredIn30);
        m.put("answeredIn60", answeredIn60);
        m.put("abandoned", abandoned);
        m.put("abandonMsSum", abandonMsSum);
        m.put("abandonMsMax", abandonMsMax);
        m.put("abandonedIn5", abandonedIn5);
        m.put("abandonedIn10", abandonedIn10);
        m.put("sessions", sessions);
        m.put("validSessions", validSessions);
        m.put("segmentsEnded", segmentsEnded);
        m.put("handleMsSum", handleMsSum);
        m.put("handleMsMax", handleMsMax);
        m.put("lines", lines);
        m.put("firstReplies", firstReplies);
        m.put("firstReplyMsSum", firstReplyMsSum);
        m.put("firstReplyMsMax", firstReplyMsMax);
        m.put("replies", replies);
        m.put("replyMsSum", replyMsSum);
        m.put("replyMsMax", replyMsMax);
        m.put("transfersIn", transfersIn);
        m.put("transfersOut", transfersOut);
        m.put("ratings", ratings);
        m.put("ratingSum", ratingSum);
        m.put("summaries", summaries);
        m.put("qaScores", qaScores);
        m.put("qaSum", qaSum);
        m.put("onlineMs", onlineMs);
        m.put("busyMs", busyMs);
        m.put("breakMs", breakMs);
        m.put("wrapUpMs", wrapUpMs);
        m.put("capacityMs", capacityMs);
        return m;
    }

    public long arrived() { return arrived; }
    public long queued() { return queued; }
    public long queueLeft() { return queueLeft; }
    public long queueMsSum() { return queueMsSum; }
    public long queueMsMax() { return queueMsMax; }
    public long answered() { return answered; }
    public long answerMsSum() { return answerMsSum; }
    public long answerMsMax() { return answerMsMax; }
    public long answeredIn10() { return answeredIn10; }
    public long answeredIn20() { return answeredIn20; }
    public long answeredIn30() { return answeredIn30; }
    public long answeredIn60() { return answeredIn60; }
    public long abandoned() { return abandoned; }
    public long abandonMsSum() { return abandonMsSum; }
    public long abandonMsMax() { return abandonMsMax; }
    public long abandonedIn5() { return abandonedIn5; }
    public long abandonedIn10() { return abandonedIn10; }
    public long sessions() { return sessions; }
    public long validSessions() { return validSessions; }
    public long segmentsEnded() { return segmentsEnded; }
    public long handleMsSum() { return handleMsSum; }
    public long handleMsMax() { return handleMsMax; }
    public long lines() { return lines; }
    public long firstReplies() { return firstReplies; }
    public long firstReplyMsSum() { return firstReplyMsSum; }
    public long firstReplyMsMax() { return firstReplyMsMax; }
    public long replies() { return replies; }
    public long replyMsSum() { return replyMsSum; }
    public long replyMsMax() { return replyMsMax; }
    public long transfersIn() { return transfersIn; }
    public long transfersOut() { return transfersOut; }
    public long ratings() { return ratings; }
    public long ratingSum() { return ratingSum; }
    public long summaries() { return summaries; }
    public long qaScores() { return qaScores; }
    public long qaSum() { return qaSum; }
    public long onlineMs() { return onlineMs; }
    public long busyMs() { return busyMs; }
    public long breakMs() { return breakMs; }
    public long wrapUpMs() { return wrapUpMs; }
    public long capacityMs() { return capacityMs; }
}
