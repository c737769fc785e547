package io.switchboard.infrastructure.push;

/** An open socket on this node, as the hub sees it. */
public interface PushSubscriber {

    /** Sends one JSON frame; must not block for long and must not throw for a closed socket. */
    void push(String frame);
}
