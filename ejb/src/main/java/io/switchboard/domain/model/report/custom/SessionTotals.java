package io.switchboard.domain.model.report.custom;

/**
 * The sums of one group of {@link ReportSession} rows, conversations' and parts' together, from which every metric is
 * worked out ({@link #value}). A sum over no row leaves an average undefined (null), never 0.
 */
public record SessionTotals(long queued, long queueExits, long queueMsSum, long queueMsMax, long visitors,
                            long sessions, long lines, long ended, long durationMsSum, long durationMsMax,
                            long firstReplies, long firstReplyMsSum, long firstReplyMsMax, long replies,
                            long replyMsSum, long replyMsMax, long ratings, long ratingSum, long qaScores, long qaSum) {

    public static final SessionTotals NONE = new SessionTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The same sums with this many unique visitors. */
    public SessionTotals withVisitors(long count) {
        return new SessionTotals(queued, queueExits, queueMsSum, queueMsMax, count, sessions, lines, ended,
                durationMsSum, durationMsMax, firstReplies, firstReplyMsSum, firstReplyMsMax, replies, replyMsSum,
                replyMsMax, ratings, ratingSum, qaScores, qaSum);
    }

    /** The creation-time sums of one and the pickup-time sums of the other (the two are read apart). */
    public static SessionTotals join(SessionTotals creation, SessionTotals parts) {
        SessionTotals c = creation == null ? NONE : creation;
        SessionTotals p = parts == null ? NONE : parts;
        return new SessionTotals(c.queued, c.queueExits, c.queueMsSum, c.queueMsMax, c.visitors, p.sessions, p.lines,
                p.ended, p.durationMsSum, p.durationMsMax, p.firstReplies, p.firstReplyMsSum, p.firstReplyMsMax,
                p.replies, p.replyMsSum, p.replyMsMax, p.ratings, p.ratingSum, p.qaScores, p.qaSum);
    }

    /** The metric's value: a count or a longest time as a whole number, an average as a decimal; null if undefined. */
    public Number value(ReportMetric m) {
        return switch (m) {
            case AVG_QUEUE_TIME -> avg(queueMsSum, queueExits);
            case MAX_QUEUE_TIME -> queueExits == 0 ? null : queueMsMax;
            case TIMES_QUEUED -> queued;
            case UNIQUE_VISITORS -> visitors;
            case AVG_QA_SCORE -> avg(qaSum, qaScores);
            case AVG_SATISFACTION -> avg(ratingSum, ratings);
            case SESSIONS -> sessions;
            case MESSAGES -> lines;
            case AVG_DURATION -> avg(durationMsSum, ended);
            case MAX_DURATION -> ended == 0 ? null : durationMsMax;
            case AVG_FIRST_RESPONSE -> avg(firstReplyMsSum, firstReplies);
            case MAX_FIRST_RESPONSE -> firstReplies == 0 ? null : firstReplyMsMax;
            case AVG_RESPONSE -> avg(replyMsSum, replies);
            case MAX_RESPONSE -> replies == 0 ? null : replyMsMax;
        };
    }

    private static Double avg(long sum, long count) {
        return count == 0 ? null : (double) sum / count;
    }
}
