package io.switchboard.domain.model.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one routing decision looks at: seats, groups and the queue, in memory. The application service
 * fills a board with the part of the tenant a decision can touch while it holds the tenant's routing lock, lets
 * the {@link RoutingEngine} decide, and writes the resulting assignments back.
 */
public final class RoutingBoard {

    private final Map<Long, SeatState> seats = new HashMap<>();
    private final Map<Long, GroupState> groups = new HashMap<>();
    private final Map<Long, List<Long>> groupsOfAgent = new HashMap<>();
    private final QueueBook queue;

    public RoutingBoard(Collection<SeatState> seats, Collection<GroupState> groups,
            Collection<WaitingConversation> waiting) {
        seats.forEach(s -> this.seats.put(s.agentId(), s));
        for (GroupState g : groups) {
            this.groups.put(g.id(), g);
            for (Member m : g.members()) {
                groupsOfAgent.computeIfAbsent(m.agentId(), a -> new ArrayList<>()).add(g.id());
            }
        }
        this.queue = new QueueBook(waiting);
    }

    public SeatState seat(long agentId) {
        return seats.get(agentId);
    }

    public GroupState group(long groupId) {
        return groups.get(groupId);
    }

    public List<Long> groupsOf(long agentId) {
        return groupsOfAgent.getOrDefault(agentId, List.of());
    }

    public Collection<SeatState> seats() {
        return seats.values();
    }

    public Collection<GroupState> groups() {
        return groups.values();
    }

    public QueueBook queue() {
        return queue;
    }
}
