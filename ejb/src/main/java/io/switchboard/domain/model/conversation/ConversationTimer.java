package io.switchboard.domain.model.conversation;

/** The per-conversation deadlines of RT-6, RT-7, RT-10 and RT-12; each is scheduled for its own instant. */
public enum ConversationTimer {
    QUEUE_TIMEOUT, PREVIOUS_AGENT_WAIT, REROUTE, CUSTOMER_IDLE_WARNING, CUSTOMER_IDLE_CLOSE, AGENT_REPLY,
    TRANSFER_CONFIRM, INVALID_SESSION, VISITOR_OFFLINE
}
