package io.switchboard.domain.model.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The routing decisions of RT-3..RT-7: who gets which waiting conversation. Plain Java with no container types,
 * no clock of its own (the caller passes "now") and no I/O, so it is unit-tested with a fake clock and
 * benchmarked on its own.
 *
 * <p>There is one rule for every trigger: a new conversation joins the queue and the queue is dispatched; an
 * agent who becomes ready, closes a chat or gets a higher cap dispatches the queues of their groups. Dispatch
 * repeatedly takes the best waiting conversation (priority, then arrival) that some eligible agent can take and
 * gives it to the agent the group's strategy picks, until nobody eligible is left. So a new arrival never
 * overtakes an older one, and capacity is used the moment it exists.
 */
public final class RoutingEngine {

    /**
     * A new conversation arrives for these candidate groups (overflow order): it joins the queue
     * ({@link #arrival}) and the groups are dispatched.
     *
     * @return the assignments made, which include this conversation's unless it stays queued
     */
    public List<Assignment> arrive(RoutingBoard board, long conversationId, int priority, List<Long> groups,
            long previousAgent, Duration waitForPrevious, Instant now) {
        board.queue().add(arrival(board, conversationId, priority, groups, previousAgent, waitForPrevious, now));
        return dispatch(board, groups, now);
    }

    /**
     * The queue entry of a new conversation. When previous-agent priority is on and that agent is signed in and a
     * member of a candidate group, the conversation is reserved for them for {@code waitForPrevious} (RT-5): taken
     * at once if they have room, otherwise it waits for them, then falls back to the groups. The board needs the
     * candidate groups and the previous agent's seat only.
     */
    public WaitingConversation arrival(RoutingBoard board, long conversationId, int priority, List<Long> groups,
            long previousAgent, Duration waitForPrevious, Instant now) {
        long preferred = 0;
        Instant until = null;
        if (previousAgent != 0 && waitForPrevious != null) {
            SeatState seat = board.seat(previousAgent);
            boolean member = groups.stream().anyMatch(g -> board.group(g) != null && board.group(g).hasMember(previousAgent));
            if (seat != null && member && seat.status().signedIn()) {
                preferred = previousAgent;
                until = now.plus(waitForPrevious);
            }
        }
        return new WaitingConversation(conversationId, priority, conversationId, groups, preferred, until, 0);
    }

    /**
     * An agent just became ready (online, back from break or wrap-up): at most {@code burst} conversations go to
     * them in this one dispatch (RT-4 ready burst), so a long queue does not flood a returning agent.
     */
    public List<Assignment> agentReady(RoutingBoard board, long agentId, int burst, Instant now) {
        SeatState seat = board.seat(agentId);
        if (seat == null) {
            return List.of();
        }
        seat.limitBurst(burst);
        try {
            return dispatch(board, board.groupsOf(agentId), now);
        } finally {
            seat.limitBurst(Integer.MAX_VALUE);
        }
    }

    /**
     * Gives waiting conversations of these groups to eligible agents until no more can be placed. A conversation
     * waiting in one of these groups may be placed through another of its candidate groups; that group then joins
     * the scope, so its own queue keeps its order.
     */
    public List<Assignment> dispatch(RoutingBoard board, Collection<Long> groupIds, Instant now) {
        Set<Long> scope = new LinkedHashSet<>(groupIds);
        List<Assignment> made = new ArrayList<>();
        while (true) {
            WaitingConversation best = null;
            Assignment bestPick = null;
            for (Long gid : scope) {
                GroupState g = board.group(gid);
                if (g == null || !g.accepting() || !anyMemberFree(board, g)) {
                    continue;
                }
                for (WaitingConversation w : board.queue().of(gid)) {
                    if (best != null && QueueBook.ORDER.compare(w, best) >= 0) {
                        break;
                    }
                    Assignment pick = choose(board, w, now);
                    if (pick != null) {
                        best = w;
                        bestPick = pick;
                        break;
                    }
                }
            }
            if (bestPick == null) {
                return made;
            }
            if (scope.add(bestPick.groupId())) {
                // the pick overflows into a group outside the scope: that group's own queue may hold better
                // entries, so look again with it included before giving its capacity away
                continue;
            }
            apply(board, bestPick, now);
            made.add(bestPick);
        }
    }

    /** Who would take this waiting conversation now, or null: the reserved previous agent, else the groups in order. */
    Assignment choose(RoutingBoard board, WaitingConversation w, Instant now) {
        if (w.reservedAt(now)) {
            long agent = w.preferredAgent();
            SeatState seat = board.seat(agent);
            if (seat == null || !seat.canTakeMore()) {
                return null;
            }
            for (Long gid : w.groups()) {
                GroupState g = board.group(gid);
                if (g != null && g.accepting() && g.hasMember(agent)) {
                    return new Assignment(w.conversationId(), agent, gid, true);
                }
            }
            return null;
        }
        for (Long gid : w.groups()) {
            GroupState g = board.group(gid);
            if (g == null || !g.accepting()) {
                continue;
            }
            SeatState seat = pick(board, g, w, now);
            if (seat != null) {
                return new Assignment(w.conversationId(), seat.agentId(), gid, false);
            }
        }
        return null;
    }

    private static boolean anyMemberFree(RoutingBoard board, GroupState g) {
        for (Member m : g.members()) {
            SeatState s = board.seat(m.agentId());
            if (s != null && s.canTakeMore()) {
                return true;
            }
        }
        return false;
    }

    /** The member the group's strategy picks among those eligible for this conversation, or null. */
    public SeatState pick(RoutingBoard board, GroupState g, WaitingConversation w, Instant now) {
        List<Member> members = g.members();
        if (g.strategy() == RoutingStrategy.ROUND_ROBIN) {
            int start = 0;
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).agentId() == g.lastAssignedAgent()) {
                    start = i + 1;
                    break;
                }
            }
            for (int k = 0; k < members.size(); k++) {
                Member m = members.get((start + k) % members.size());
                SeatState s = eligible(board, m, w, now);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        SeatState best = null;
        int bestPriority = 0;
        for (Member m : members) {
            SeatState s = eligible(board, m, w, now);
            if (s != null && (best == null || better(g.strategy(), s, m.priority(), best, bestPriority))) {
                best = s;
                bestPriority = m.priority();
            }
        }
        return best;
    }

    private static SeatState eligible(RoutingBoard board, Member m, WaitingConversation w, Instant now) {
        SeatState s = board.seat(m.agentId());
        return s != null && s.canTakeMore() && w.mayGoTo(m.agentId(), now) ? s : null;
    }

    private static boolean better(RoutingStrategy strategy, SeatState a, int aPriority, SeatState b, int bPriority) {
        int c = switch (strategy) {
            case LEAST_BUSY -> a.compareLoad(b);
            case LONGEST_IDLE -> a.idleSince().compareTo(b.idleSince());
            case FEWEST_HANDLED_TODAY -> Integer.compare(a.handledToday(), b.handledToday());
            case MEMBER_PRIORITY -> Integer.compare(aPriority, bPriority);
            case ROUND_ROBIN -> 0;
        };
        if (c == 0 && strategy != RoutingStrategy.LEAST_BUSY) {
            c = a.compareLoad(b);
        }
        if (c == 0 && strategy != RoutingStrategy.LONGEST_IDLE) {
            c = a.idleSince().compareTo(b.idleSince());
        }
        if (c == 0) {
            c = Long.compare(a.agentId(), b.agentId());
        }
        return c < 0;
    }

    private static void apply(RoutingBoard board, Assignment a, Instant now) {
        board.queue().remove(a.conversationId());
        board.seat(a.agentId()).assigned(now);
        board.group(a.groupId()).assigned(a.agentId());
    }
}
