package io.switchboard.domain.model.routing;

import io.switchboard.domain.model.seat.AgentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small builder for routing boards in tests. */
final class Boards {

    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private final List<SeatState> seats = new ArrayList<>();
    private final List<GroupState> groups = new ArrayList<>();
    private final List<WaitingConversation> waiting = new ArrayList<>();

    static Boards board() {
        return new Boards();
    }

    Boards agent(long id, AgentStatus status, int cap, int open) {
        return agent(id, status, cap, open, 0, T0);
    }

    Boards agent(long id, AgentStatus status, int cap, int open, int handledToday, Instant idleSince) {
        seats.add(new SeatState(id, status, cap, open, handledToday, idleSince));
        return this;
    }

    Boards online(long... ids) {
        for (long id : ids) {
            agent(id, AgentStatus.ONLINE, 10, 0);
        }
        return this;
    }

    Boards group(long id, RoutingStrategy strategy, int limit, int open, long... members) {
        List<Member> m = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            m.add(new Member(members[i], i + 1));
        }
        groups.add(new GroupState(id, true, strategy, limit, open, m, 0));
        return this;
    }

    Boards group(long id, long... members) {
        return group(id, RoutingStrategy.LEAST_BUSY, 0, 0, members);
    }

    Boards groupState(GroupState g) {
        groups.add(g);
        return this;
    }

    Boards waiting(WaitingConversation w) {
        waiting.add(w);
        return this;
    }

    RoutingBoard build() {
        return new RoutingBoard(seats, groups, waiting);
    }
}
