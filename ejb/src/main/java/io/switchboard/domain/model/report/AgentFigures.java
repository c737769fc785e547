package io.switchboard.domain.model.report;

/**
 * One agent's figures of RP-3 over summed rollups (times in ms; an average over nothing is null).
 *
 * @param onlineMs      time available (示闲)
 * @param busyMs        time busy (示忙)
 * @param breakMs       time on a break (小休)
 * @param wrapUpMs      time in wrap-up (话后整理)
 * @param sessions      parts of conversations the agent took (from the queue, a transfer or their own invitation)
 * @param transfersIn   conversations received by transfer
 * @param transfersOut  conversations handed on by transfer
 * @param avgHandleMs   average duration of the agent's parts ended
 * @param maxHandleMs   longest of them
 * @param avgFirstReplyMs average first response (from taking the part to the first line)
 * @param maxFirstReplyMs longest first response
 * @param avgReplyMs    average response (from the visitor's first unanswered line to the agent's answer)
 * @param maxReplyMs    longest response
 * @param ratings       satisfaction ratings received
 * @param avgRating     their average score (1–5)
 * @param summaries     service summaries written
 * @param qaScores      quality scores given (质检)
 * @param avgQaScore    their average (0–100)
 */
public record AgentFigures(long onlineMs, long busyMs, long breakMs, long wrapUpMs, long sessions, long transfersIn,
                           long transfersOut, Long avgHandleMs, long maxHandleMs, Long avgFirstReplyMs,
                           long maxFirstReplyMs, Long avgReplyMs, long maxReplyMs, long ratings, Double avgRating,
                           long summaries, long qaScores, Double avgQaScore) implements java.io.Serializable {

    public static AgentFigures of(RollupCounters c) {
        return of(c, c);
    }

    /** The conversation figures of {@code c} (e.g. one skill group's) with the status times of {@code times}. */
    public static AgentFigures of(RollupCounters c, RollupCounters times) {
        return new AgentFigures(times.onlineMs(), times.busyMs(), times.breakMs(), times.wrapUpMs(), c.sessions(), c.transfersIn(),
                c.transfersOut(), Kpis.average(c.handleMsSum(), c.segmentsEnded()), c.handleMsMax(),
                Kpis.average(c.firstReplyMsSum(), c.firstReplies()), c.firstReplyMsMax(),
                Kpis.average(c.replyMsSum(), c.replies()), c.replyMsMax(), c.ratings(),
                c.ratings() == 0 ? null : (double) c.ratingSum() / c.ratings(), c.summaries(), c.qaScores(),
                c.qaScores() == 0 ? null : (double) c.qaSum() / c.qaScores());
    }

    /** Signed-in time: available, busy, on a break or in wrap-up. */
    public long signedInMs() {
        return onlineMs + busyMs + breakMs + wrapUpMs;
    }
}
