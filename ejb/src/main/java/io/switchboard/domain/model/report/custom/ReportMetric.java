package io.switchboard.domain.model.report.custom;

/**
 * The metrics a custom report may show (RP-4, S3 §1.8 exactly): the first four are counted by the conversation's
 * creation time, the others by the pickup time (the start of an agent's part). Times are in milliseconds.
 */
public enum ReportMetric {
    /** Average time a conversation waited in the queue, to an agent or until it was abandoned (排队时长平均值). */
    AVG_QUEUE_TIME(true, Unit.MILLIS),
    /** The longest such wait (排队时长最大值). */
    MAX_QUEUE_TIME(true, Unit.MILLIS),
    /** Times conversations joined a queue (排队总次数). */
    TIMES_QUEUED(true, Unit.COUNT),
    /** Distinct visitors who started conversations (独立访客总数). */
    UNIQUE_VISITORS(true, Unit.COUNT),
    /** Average of the supervisors' QA scores, 0–100 (质检评分平均值). */
    AVG_QA_SCORE(false, Unit.SCORE),
    /** Average of the visitors' ratings, 1–5 (满意度评分平均值). */
    AVG_SATISFACTION(false, Unit.SCORE),
    /** Agents' parts of conversations begun; a transfer begins a second one (会话总数). */
    SESSIONS(false, Unit.COUNT),
    /** Visitor and agent lines in the parts ended (消息总数). */
    MESSAGES(false, Unit.COUNT),
    /** Average length of the parts ended (会话时长平均值). */
    AVG_DURATION(false, Unit.MILLIS),
    /** The longest of them (会话时长最大值). */
    MAX_DURATION(false, Unit.MILLIS),
    /** Average time from a part's start to the agent's first line (首次响应时长平均值). */
    AVG_FIRST_RESPONSE(false, Unit.MILLIS),
    /** The longest of those (首次响应时长最大值). */
    MAX_FIRST_RESPONSE(false, Unit.MILLIS),
    /** Average time from the visitor's first unanswered line (or the part's start) to the agent's answer (响应时长平均值). */
    AVG_RESPONSE(false, Unit.MILLIS),
    /** The longest of those (响应时长最大值). */
    MAX_RESPONSE(false, Unit.MILLIS);

    /** How a value reads: a duration, a count, an average score. */
    public enum Unit { MILLIS, COUNT, SCORE }

    private final boolean byCreation;
    private final Unit unit;

    ReportMetric(boolean byCreation, Unit unit) {
        this.byCreation = byCreation;
        this.unit = unit;
    }

    /** Counted by the conversation's creation time (else by the pickup time). */
    public boolean byCreation() {
        return byCreation;
    }

    public Unit unit() {
        return unit;
    }
}
