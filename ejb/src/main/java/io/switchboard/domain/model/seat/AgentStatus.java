package io.switchboard.domain.model.seat;

/**
 * The seat states of RT-13. Only {@link #ONLINE} (示闲, available) receives new conversations; the others keep
 * the conversations an agent already holds but are skipped by routing.
 */
public enum AgentStatus {
    /** Signed in and available (示闲). */
    ONLINE,
    /** Signed in but not taking new work (示忙). */
    BUSY,
    /** Short break (小休). */
    BREAK,
    /** After-chat / after-call wrap-up (话后整理): ends by timeout or by the agent's "continue". */
    WRAP_UP,
    /** Signed out, disconnected too long, or forced offline by an admin. */
    OFFLINE;

    public boolean receivesNewWork() {
        return this == ONLINE;
    }

    /** Signed in, in any state; "nobody online" means no member is in one of these. */
    public boolean signedIn() {
        return this != OFFLINE;
    }
}
