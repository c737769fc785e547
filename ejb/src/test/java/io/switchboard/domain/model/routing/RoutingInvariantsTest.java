package io.switchboard.domain.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.seat.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Property test over random sequences of arrivals, agent state and cap changes, closes, queue timeouts,
 * re-routes and the passing of time. Each step rebuilds a board from the "stored" world, as the application
 * service does, lets the engine decide, and applies the result to real {@link Conversation} objects, checking:
 * no assignment above a cap or a group limit or to an agent who is not available, no conversation assigned
 * twice, FIFO within a priority, no queue entry lost, and every conversation ending in exactly one terminal state.
 *
 * <p>Replay a failure with {@code -Drouting.seed=<printed seed> -Drouting.runs=1}.
 */
class RoutingInvariantsTest {

    private static final AgentStatus[] STATUSES = AgentStatus.values();

    @Test
    void invariantsHoldOverRandomSequences() {
        long base = Long.getLong("routing.seed", System.nanoTime());
        int runs = Integer.getInteger("routing.runs", 300);
        System.out.println("RoutingInvariantsTest base seed " + base + " (" + runs + " runs)");
        for (int i = 0; i < runs; i++) {
            long seed = base + i;
            try {
                new World(seed).run(250);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("routing invariant broken; replay with -Drouting.seed=" + seed
                        + " -Drouting.runs=1: " + e.getMessage(), e);
            }
        }
    }

    private static final class Agent {
        final long id;
        AgentStatus status;
        int cap;
        int open;
        int handled;
        Instant idleSince;

        Agent(long id, AgentStatus status, int cap, Instant now) {
            this.id = id;
            this.status = status;
            this.cap = cap;
            this.idleSince = now;
        }
    }

    private static final class World {
        final Random rnd;
        final RoutingEngine engine = new RoutingEngine();
        final Map<Long, Agent> agents = new LinkedHashMap<>();
        final Map<Long, GroupState> groupTemplates = new LinkedHashMap<>();
        final Map<Long, Long> rrCursor = new HashMap<>();
        final Map<Long, Conversation> conversations = new LinkedHashMap<>();
        final Map<Long, WaitingConversation> queue = new LinkedHashMap<>();
        final Map<Long, Long> groupOf = new HashMap<>();
        final Map<String, Long> lastAgentOfVisitor = new HashMap<>();
        final Map<Long, Integer> terminalTransitions = new HashMap<>();
        Instant now = Instant.parse("2026-11-20T02:00:00Z");
        long nextId = 1;

        World(long seed) {
            rnd = new Random(seed);
            int agentCount = 2 + rnd.nextInt(7);
            for (long a = 1; a <= agentCount; a++) {
                agents.put(a, new Agent(a, STATUSES[rnd.nextInt(STATUSES.length)], rnd.nextInt(5), now));
            }
            int groupCount = 1 + rnd.nextInt(3);
            for (long g = 100; g < 100 + groupCount; g++) {
                List<Member> members = new ArrayList<>();
                for (long a : agents.keySet()) {
                    if (rnd.nextInt(3) > 0) {
                        members.add(new Member(a, 1 + rnd.nextInt(3)));
                    }
                }
                RoutingStrategy strategy = RoutingStrategy.values()[rnd.nextInt(RoutingStrategy.values().length)];
                int limit = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(6) : 0;
                groupTemplates.put(g, new GroupState(g, true, strategy, limit, 0, members, 0));
            }
        }

        void run(int steps) {
            for (int i = 0; i < steps; i++) {
                switch (rnd.nextInt(8)) {
                    case 0, 1, 2 -> arrive();
                    case 3 -> closeOne();
                    case 4 -> changeStatus();
                    case 5 -> changeCap();
                    case 6 -> {
                        if (rnd.nextBoolean()) {
                            timeOutOne();
                        } else {
                            rerouteOne();
                        }
                    }
                    default -> advance();
                }
                checkBookkeeping();
            }
            drainAndEnd();
        }

        RoutingBoard board() {
            Map<Long, Integer> groupOpen = new HashMap<>();
            conversations.forEach((id, c) -> {
                if (c.getState() == ConversationState.ASSIGNED) {
                    groupOpen.merge(c.getSkillGroupId(), 1, Integer::sum);
                }
            });
            List<SeatState> seats = agents.values().stream()
                    .map(a -> new SeatState(a.id, a.status, a.cap, a.open, a.handled, a.idleSince)).toList();
            List<GroupState> groups = groupTemplates.values().stream().map(g -> new GroupState(g.id(), g.enabled(),
                    g.strategy(), g.receptionLimit(), groupOpen.getOrDefault(g.id(), 0), g.members(),
                    rrCursor.getOrDefault(g.id(), 0L))).toList();
            return new RoutingBoard(seats, groups, queue.values());
        }

        void arrive() {
            long id = nextId++;
            String visitor = "v" + rnd.nextInt(10);
            List<Long> ids = new ArrayList<>(groupTemplates.keySet());
            java.util.Collections.shuffle(ids, rnd);
            List<Long> groups = ids.subList(0, 1 + rnd.nextInt(Math.min(2, ids.size())));
            Conversation c = new Conversation(visitor, null, "WEB", null, null, rnd.nextInt(3), now);
            c.enqueue(groups, now);
            conversations.put(id, c);
            long previous = lastAgentOfVisitor.getOrDefault(visitor, 0L);
            Duration wait = Duration.ofSeconds(rnd.nextInt(30));
            RoutingBoard board = board();
            Map<Long, WaitingConversation> before = new LinkedHashMap<>(queue);
            List<Assignment> made = engine.arrive(board, id, c.getPriority(), groups, previous, wait, now);
            board.queue().get(id).ifPresent(w -> queue.put(id, w));
            before.put(id, board.queue().get(id).orElseGet(() -> made.stream().anyMatch(a -> a.conversationId() == id)
                    ? new WaitingConversation(id, c.getPriority(), id, groups, 0, null, 0) : null));
            apply(before, made);
        }

        void dispatch(java.util.Collection<Long> scope) {
            Map<Long, WaitingConversation> before = new LinkedHashMap<>(queue);
            apply(before, engine.dispatch(board(), scope, now));
        }

        void apply(Map<Long, WaitingConversation> before, List<Assignment> made) {
            Set<Long> assignedNow = new TreeSet<>();
            Map<Long, Integer> groupOpen = new HashMap<>();
            conversations.values().stream().filter(c -> c.getState() == ConversationState.ASSIGNED)
                    .forEach(c -> groupOpen.merge(c.getSkillGroupId(), 1, Integer::sum));
            for (Assignment a : made) {
                Conversation c = conversations.get(a.conversationId());
                assertEquals(ConversationState.QUEUED, c.getState(), "conversation " + a.conversationId() + " assigned twice");
                Agent agent = agents.get(a.agentId());
                assertEquals(AgentStatus.ONLINE, agent.status, "assigned to an agent who is " + agent.status);
                assertTrue(agent.open < agent.cap, "agent " + agent.id + " above its cap " + agent.cap);
                GroupState g = groupTemplates.get(a.groupId());
                assertTrue(g.hasMember(a.agentId()), "agent is not a member of the group");
                int open = groupOpen.getOrDefault(g.id(), 0);
                assertTrue(g.receptionLimit() == 0 || open < g.receptionLimit(), "group above its reception limit");
                WaitingConversation w = before.get(a.conversationId());
                assertTrue(w != null, "assigned a conversation that was not waiting");
                assertTrue(w.mayGoTo(a.agentId(), now), "reservation or exclusion ignored");
                c.assign(a.agentId(), a.groupId(), now);
                agent.open++;
                agent.handled++;
                agent.idleSince = now;
                groupOpen.merge(g.id(), 1, Integer::sum);
                rrCursor.put(g.id(), a.agentId());
                queue.remove(a.conversationId());
                groupOf.put(a.conversationId(), a.groupId());
                lastAgentOfVisitor.put(c.getVisitorId(), a.agentId());
                assignedNow.add(a.conversationId());
            }
            // FIFO within a priority: a plain entry of a single group is never left behind a later one taken via that group
            for (Assignment a : made) {
                WaitingConversation e = before.get(a.conversationId());
                if (a.previousAgent()) {
                    continue;
                }
                for (WaitingConversation f : before.values()) {
                    if (f == null || assignedNow.contains(f.conversationId()) || !queue.containsKey(f.conversationId())) {
                        continue;
                    }
                    boolean plain = f.groups().equals(List.of(a.groupId())) && f.preferredAgent() == 0 && f.excludedAgent() == 0;
                    if (plain && QueueBook.ORDER.compare(f, e) < 0) {
                        fail("FIFO broken: " + f + " still waits while later " + e + " was assigned: " + a
                                + " made=" + made + " now=" + now);
                    }
                }
            }
        }

        List<Long> groupsOf(long agentId) {
            return groupTemplates.values().stream().filter(g -> g.hasMember(agentId)).map(GroupState::id).toList();
        }

        Long randomIn(ConversationState state) {
            List<Long> ids = conversations.entrySet().stream().filter(e -> e.getValue().getState() == state)
                    .map(Map.Entry::getKey).toList();
            return ids.isEmpty() ? null : ids.get(rnd.nextInt(ids.size()));
        }

        void end(long id, EndReason reason) {
            Conversation c = conversations.get(id);
            c.end(reason, now);
            terminalTransitions.merge(id, 1, Integer::sum);
        }

        void closeOne() {
            Long id = randomIn(ConversationState.ASSIGNED);
            if (id == null) {
                return;
            }
            Conversation c = conversations.get(id);
            Agent agent = agents.get(c.getAgentId());
            end(id, EndReason.AGENT_CLOSED);
            agent.open--;
            List<Long> scope = new ArrayList<>(groupsOf(agent.id));
            scope.add(groupOf.get(id));
            dispatch(scope);
        }

        void changeStatus() {
            Agent agent = agents.get(1L + rnd.nextInt(agents.size()));
            AgentStatus target = STATUSES[rnd.nextInt(STATUSES.length)];
            boolean ready = target == AgentStatus.ONLINE && agent.status != AgentStatus.ONLINE;
            agent.status = target;
            if (ready) {
                agent.idleSince = now;
                Map<Long, WaitingConversation> before = new LinkedHashMap<>(queue);
                int burst = 1 + rnd.nextInt(3);
                List<Assignment> made = engine.agentReady(board(), agent.id, burst, now);
                assertTrue(made.stream().filter(a -> a.agentId() == agent.id).count() <= burst, "ready burst exceeded");
                apply(before, made);
            }
        }

        void changeCap() {
            Agent agent = agents.get(1L + rnd.nextInt(agents.size()));
            agent.cap = rnd.nextInt(6);
            dispatch(groupsOf(agent.id));
        }

        boolean timeOutOne() {
            Long id = randomIn(ConversationState.QUEUED);
            if (id != null) {
                queue.remove(id);
                end(id, EndReason.QUEUE_TIMEOUT);
            }
            return id != null;
        }

        boolean rerouteOne() {
            Long id = randomIn(ConversationState.ASSIGNED);
            if (id == null) {
                return false;
            }
            Conversation c = conversations.get(id);
            Agent agent = agents.get(c.getAgentId());
            agent.open--;
            List<Long> groups = c.getCandidateGroups();
            c.enqueue(groups, now);
            queue.put(id, new WaitingConversation(id, c.getPriority(), id, groups, 0, null, agent.id));
            List<Long> scope = new ArrayList<>(groups);
            scope.addAll(groupsOf(agent.id));
            dispatch(scope);
            return true;
        }

        void advance() {
            now = now.plusSeconds(1 + rnd.nextInt(20));
            dispatch(groupTemplates.keySet());
        }

        void checkBookkeeping() {
            Set<Long> queued = new TreeSet<>();
            Map<Long, Integer> openByAgent = new HashMap<>();
            conversations.forEach((id, c) -> {
                if (c.getState() == ConversationState.QUEUED) {
                    queued.add(id);
                }
                if (c.getState() == ConversationState.ASSIGNED) {
                    openByAgent.merge(c.getAgentId(), 1, Integer::sum);
                }
            });
            assertEquals(queued, new TreeSet<>(queue.keySet()), "queue entries lost or left behind");
            for (Agent a : agents.values()) {
                assertEquals(openByAgent.getOrDefault(a.id, 0), a.open, "agent " + a.id + " load out of step");
            }
        }

        void drainAndEnd() {
            for (int round = 0; round < 10_000 && conversations.values().stream().anyMatch(c -> !c.getState().terminal()); round++) {
                now = now.plusSeconds(60);
                for (Agent a : agents.values()) {
                    a.status = AgentStatus.ONLINE;
                    a.cap = Math.max(a.cap, 1);
                }
                dispatch(groupTemplates.keySet());
                Long id = randomIn(ConversationState.ASSIGNED);
                if (id != null) {
                    closeOne();
                } else if (!timeOutOne()) {
                    break;
                }
                checkBookkeeping();
            }
            conversations.forEach((id, c) -> {
                assertTrue(c.getState().terminal(), "conversation " + id + " never ended: " + c.getState());
                assertEquals(1, terminalTransitions.get(id), "conversation " + id + " ended more than once");
            });
        }
    }
}
