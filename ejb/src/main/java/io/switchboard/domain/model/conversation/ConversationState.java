package io.switchboard.domain.model.conversation;

/**
 * The life of a conversation. IN_FLOW → QUEUED → ASSIGNED, back to QUEUED on a timeout re-route, and exactly one
 * terminal state at the end: CLOSED (served, then ended by either side or a timer), ABANDONED (the visitor left
 * or the session was cleaned up before an agent took it), TIMED_OUT (the queue timeout fired) or LEFT_MESSAGE
 * (off-hours or nobody online: the visitor is offered leave-a-message).
 */
public enum ConversationState {
    IN_FLOW, QUEUED, ASSIGNED, CLOSED, ABANDONED, TIMED_OUT, LEFT_MESSAGE;

    public boolean terminal() {
        return ordinal() >= CLOSED.ordinal();
    }
}
