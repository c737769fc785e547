package io.switchboard.domain.model.conversation;

/** Why a conversation reached its terminal state. */
public enum EndReason {
    AGENT_CLOSED(ConversationState.CLOSED),
    VISITOR_CLOSED(ConversationState.CLOSED),
    CUSTOMER_IDLE(ConversationState.CLOSED),
    VISITOR_OFFLINE(ConversationState.CLOSED),
    VISITOR_LEFT(ConversationState.ABANDONED),
    INVALID_SESSION(ConversationState.ABANDONED),
    QUEUE_TIMEOUT(ConversationState.TIMED_OUT),
    OFF_HOURS(ConversationState.LEFT_MESSAGE),
    NOBODY_ONLINE(ConversationState.LEFT_MESSAGE),
    /** The conversation's flow reached an end node (FL-1). */
    FLOW_ENDED(ConversationState.CLOSED);

    private final ConversationState terminal;

    EndReason(ConversationState terminal) {
        this.terminal = terminal;
    }

    public ConversationState terminalState() {
        return terminal;
    }
}
