package io.switchboard.infrastructure.push;

/** An open socket on this node, as the hub sees it. */
public interface PushSubscriber {

    /** Sends one JSON frame; must not block for long and must not throw for a closed socket. */
    void push(String frame);

    /** Sends a last frame and closes the socket (its staff session was ended); a visitor socket never gets one. */
    default void pushAndClose(String frame) {
        push(frame);
    }
}
