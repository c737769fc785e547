package io.switchboard.domain.model.routing;

import io.switchboard.domain.model.seat.AgentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The routing engine's picture of one agent: status, cap and load. Mutable because the engine counts its own
 * assignments while it works through a queue; it is copied from the persistent seat for each decision.
 */
public final class SeatState {

    private final long agentId;
    private final AgentStatus status;
    private final int cap;
    private int open;
    private int handledToday;
    private Instant idleSince;
    private int burstLeft = Integer.MAX_VALUE;

    public SeatState(long agentId, AgentStatus status, int cap, int open, int handledToday, Instant idleSince) {
        if (cap < 0 || open < 0 || handledToday < 0) {
            throw new IllegalArgumentException("cap, open and handledToday must not be negative");
        }
        this.agentId = agentId;
        this.status = Objects.requireNonNull(status, "status");
        this.cap = cap;
        this.open = open;
        this.handledToday = handledToday;
        this.idleSince = Objects.requireNonNull(idleSince, "idleSince");
    }

    /** Can take one more conversation now: available, below its cap, and inside its ready burst. */
    public boolean canTakeMore() {
        return status.receivesNewWork() && open < cap && burstLeft > 0;
    }

    /** Limits how many conversations this seat may receive in the current dispatch (RT-4 ready burst). */
    void limitBurst(int burst) {
        this.burstLeft = burst;
    }

    void assigned(Instant at) {
        open++;
        handledToday++;
        idleSince = at;
        if (burstLeft != Integer.MAX_VALUE) {
            burstLeft--;
        }
    }

    /** The agent closed one conversation (used when a board lives longer than one decision, as in the benchmark). */
    void released() {
        if (open == 0) {
            throw new IllegalStateException("agent " + agentId + " has no open conversation");
        }
        open--;
    }

    /** Load compared to the cap: negative when this seat is relatively less busy than the other. */
    int compareLoad(SeatState other) {
        return Long.compare((long) open * other.cap, (long) other.open * cap);
    }

    public long agentId() {
        return agentId;
    }

    public AgentStatus status() {
        return status;
    }

    public int cap() {
        return cap;
    }

    public int open() {
        return open;
    }

    public int handledToday() {
        return handledToday;
    }

    public Instant idleSince() {
        return idleSince;
    }
}
