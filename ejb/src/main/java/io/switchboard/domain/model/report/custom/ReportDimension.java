package io.switchboard.domain.model.report.custom;

/** What a custom report's rows are grouped by (RP-4, S3 §1.8): at most two of these. */
public enum ReportDimension {
    /** The agent of the part; for the creation-time metrics, the agent who took the conversation (客服). */
    AGENT,
    /** A tag on the visitor; a visitor with several tags counts under each, one with none under "" (访客标签). */
    VISITOR_TAG,
    /** The channel: WEB, APP, … (渠道类型). */
    CHANNEL,
    /** The association (site, app or account) the conversation came through (关联). */
    ASSOCIATION,
    /** How the part began: INBOUND, PROACTIVE, TRANSFER (会话类型). */
    SESSION_TYPE,
    /** Valid when the visitor wrote while an agent had it, else invalid (会话有效类型). */
    VALIDITY,
    /** The hour, day, week (from Monday) or month, in the tenant's zone (时间粒度). */
    TIME
}
