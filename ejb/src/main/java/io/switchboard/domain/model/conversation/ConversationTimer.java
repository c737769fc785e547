package io.switchboard.domain.model.conversation;

/**
 * The per-conversation deadlines of RT-6, RT-7, RT-10 and RT-12 ({@link Conversation#deadlines}); the earliest is
 * stored with the conversation for the deadline sweep. The wait for the previous agent (RT-5) lives on the queue
 * entry instead.
 */
public enum ConversationTimer {
    QUEUE_TIMEOUT, REROUTE, CUSTOMER_IDLE_WARNING, CUSTOMER_IDLE_CLOSE, AGENT_REPLY, TRANSFER_CONFIRM,
    INVALID_SESSION, VISITOR_OFFLINE,
    /** The conversation's flow waited long enough for an answer or an HTTP call (FL-1). */
    FLOW_WAIT
}
