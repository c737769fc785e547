package io.switchboard.domain.model.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The engine's picture of one skill group: its strategy, reception limit (0 = none), the conversations it
 * currently holds and its members in priority order. Also keeps the round-robin cursor.
 */
public final class GroupState {

    private final long id;
    private final boolean enabled;
    private final RoutingStrategy strategy;
    private final int receptionLimit;
    private final List<Member> members;
    private int open;
    private long lastAssignedAgent;

    public GroupState(long id, boolean enabled, RoutingStrategy strategy, int receptionLimit, int open,
            List<Member> members, long lastAssignedAgent) {
        if (receptionLimit < 0 || open < 0) {
            throw new IllegalArgumentException("receptionLimit and open must not be negative");
        }
        this.id = id;
        this.enabled = enabled;
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.receptionLimit = receptionLimit;
        this.open = open;
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt(Member::priority).thenComparingLong(Member::agentId));
        this.members = List.copyOf(sorted);
        this.lastAssignedAgent = lastAssignedAgent;
    }

    /** Enabled and below its reception limit. */
    public boolean accepting() {
        return enabled && (receptionLimit == 0 || open < receptionLimit);
    }

    public boolean hasMember(long agentId) {
        for (Member m : members) {
            if (m.agentId() == agentId) {
                return true;
            }
        }
        return false;
    }

    void assigned(long agentId) {
        open++;
        lastAssignedAgent = agentId;
    }

    public long id() {
        return id;
    }

    public boolean enabled() {
        return enabled;
    }

    public RoutingStrategy strategy() {
        return strategy;
    }

    public int receptionLimit() {
        return receptionLimit;
    }

    public int open() {
        return open;
    }

    public List<Member> members() {
        return members;
    }

    /** The round-robin cursor: the member who got the group's last conversation (0 when none). */
    public long lastAssignedAgent() {
        return lastAssignedAgent;
    }
}
