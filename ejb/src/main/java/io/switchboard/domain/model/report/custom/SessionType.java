package io.switchboard.domain.model.report.custom;

/** How an agent's part of a conversation began (the custom reports' 会话类型 dimension). */
public enum SessionType {
    /** The visitor asked, and the conversation came to the agent from the queue (呼入). */
    INBOUND,
    /** The agent started it with a visitor browsing the site (主动会话). */
    PROACTIVE,
    /** Another agent handed it over (转接). */
    TRANSFER
}
