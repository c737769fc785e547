package io.switchboard.domain.model.routing;

import static io.switchboard.domain.model.routing.Boards.T0;
import static io.switchboard.domain.model.routing.Boards.board;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.seat.AgentStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingEngineTest {

    private final RoutingEngine engine = new RoutingEngine();

    private static List<Long> agents(List<Assignment> made) {
        return made.stream().map(Assignment::agentId).toList();
    }

    private List<Assignment> arrive(RoutingBoard b, long id, long... groups) {
        return engine.arrive(b, id, 0, java.util.Arrays.stream(groups).boxed().toList(), 0, null, T0);
    }

    @Test
    void leastBusyPicksTheLowestLoadRelativeToTheCap() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 5).agent(2, AgentStatus.ONLINE, 4, 1)
                .agent(3, AgentStatus.ONLINE, 2, 1).group(7, RoutingStrategy.LEAST_BUSY, 0, 0, 1, 2, 3).build();
        // loads: 5/10 = 0.5, 1/4 = 0.25, 1/2 = 0.5
        assertEquals(List.of(2L), agents(arrive(b, 100, 7)));
    }

    @Test
    void roundRobinTakesMembersInTurnAndSkipsThoseAtTheirCap() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0).agent(2, AgentStatus.ONLINE, 1, 1)
                .agent(3, AgentStatus.ONLINE, 10, 5).group(7, RoutingStrategy.ROUND_ROBIN, 0, 0, 1, 2, 3).build();
        assertEquals(List.of(1L), agents(arrive(b, 100, 7)));
        assertEquals(List.of(3L), agents(arrive(b, 101, 7)), "agent 2 is at its cap");
        assertEquals(List.of(1L), agents(arrive(b, 102, 7)), "wraps around");
    }

    @Test
    void longestIdleTakesTheAgentWhoseLastAssignmentIsOldest() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0, 0, T0.minusSeconds(10))
                .agent(2, AgentStatus.ONLINE, 10, 3, 0, T0.minusSeconds(600))
                .group(7, RoutingStrategy.LONGEST_IDLE, 0, 0, 1, 2).build();
        assertEquals(List.of(2L), agents(arrive(b, 100, 7)));
        assertEquals(List.of(1L), agents(arrive(b, 101, 7)), "agent 2 was just assigned, so agent 1 is now idle longest");
    }

    @Test
    void fewestHandledTodayTakesTheAgentWithTheSmallestCount() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0, 40, T0).agent(2, AgentStatus.ONLINE, 10, 4, 12, T0)
                .group(7, RoutingStrategy.FEWEST_HANDLED_TODAY, 0, 0, 1, 2).build();
        assertEquals(List.of(2L), agents(arrive(b, 100, 7)));
    }

    @Test
    void memberPriorityPrefersTheBestPriorityWhileItHasRoom() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 2, 0).agent(2, AgentStatus.ONLINE, 10, 0)
                .groupState(new GroupState(7, true, RoutingStrategy.MEMBER_PRIORITY, 0, 0,
                        List.of(new Member(2, 5), new Member(1, 1)), 0)).build();
        assertEquals(List.of(1L, 1L, 2L), List.of(arrive(b, 100, 7).get(0).agentId(), arrive(b, 101, 7).get(0).agentId(),
                arrive(b, 102, 7).get(0).agentId()));
    }

    @Test
    void agentsOnBreakBusyWrapUpOrOfflineGetNothing() {
        RoutingBoard b = board().agent(1, AgentStatus.BREAK, 10, 0).agent(2, AgentStatus.BUSY, 10, 0)
                .agent(3, AgentStatus.WRAP_UP, 10, 0).agent(4, AgentStatus.OFFLINE, 10, 0)
                .group(7, 1, 2, 3, 4).build();
        assertTrue(arrive(b, 100, 7).isEmpty());
        assertTrue(b.queue().contains(100));
    }

    @Test
    void noAgentIsGivenMoreThanItsCapAndTheRestQueueInOrder() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 2, 0).agent(2, AgentStatus.ONLINE, 1, 0).group(7, 1, 2).build();
        for (long id = 100; id < 106; id++) {
            arrive(b, id, 7);
        }
        assertEquals(2, b.seat(1).open());
        assertEquals(1, b.seat(2).open());
        assertEquals(3, b.queue().size());
        assertEquals(1, b.queue().position(103));
        assertEquals(3, b.queue().position(105));
    }

    @Test
    void groupReceptionLimitCapsTheGroupEvenWhenAgentsHaveRoom() {
        RoutingBoard b = board().online(1, 2).group(7, RoutingStrategy.LEAST_BUSY, 2, 1, 1, 2).build();
        assertEquals(1, arrive(b, 100, 7).size());
        assertTrue(arrive(b, 101, 7).isEmpty(), "the group holds 2, its limit");
    }

    @Test
    void overflowGoesToTheNextGroupWhenTheFirstIsFull() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 1, 1).agent(2, AgentStatus.ONLINE, 5, 0)
                .group(7, 1).group(8, 2).build();
        List<Assignment> made = arrive(b, 100, 7, 8);
        assertEquals(new Assignment(100, 2, 8, false), made.get(0));
    }

    @Test
    void higherPriorityIsServedFirstThenArrivalOrder() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 1, 1).group(7, 1)
                .waiting(WaitingConversation.of(100, 0, List.of(7L)))
                .waiting(WaitingConversation.of(101, 5, List.of(7L)))
                .waiting(WaitingConversation.of(102, 0, List.of(7L))).build();
        // capacity appears: cap raised by one via a fresh seat state is not possible, so use agentReady on a new board
        RoutingBoard ready = board().agent(1, AgentStatus.ONLINE, 3, 0).group(7, 1)
                .waiting(WaitingConversation.of(100, 0, List.of(7L)))
                .waiting(WaitingConversation.of(101, 5, List.of(7L)))
                .waiting(WaitingConversation.of(102, 0, List.of(7L))).build();
        List<Assignment> made = engine.dispatch(ready, List.of(7L), T0);
        assertEquals(List.of(101L, 100L, 102L), made.stream().map(Assignment::conversationId).toList());
        assertTrue(engine.dispatch(b, List.of(7L), T0).isEmpty(), "no capacity, nothing moves");
        assertEquals(1, b.queue().position(101));
    }

    @Test
    void aNewArrivalNeverOvertakesSomeoneAlreadyWaiting() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 1, 0).group(7, 1)
                .waiting(WaitingConversation.of(100, 0, List.of(7L))).build();
        List<Assignment> made = arrive(b, 101, 7);
        assertEquals(List.of(100L), made.stream().map(Assignment::conversationId).toList());
        assertTrue(b.queue().contains(101));
    }

    @Test
    void readyBurstLimitsHowManyAReturningAgentReceivesAtOnce() {
        Boards boards = board().agent(1, AgentStatus.ONLINE, 20, 0).group(7, 1);
        for (long id = 100; id < 115; id++) {
            boards.waiting(WaitingConversation.of(id, 0, List.of(7L)));
        }
        RoutingBoard b = boards.build();
        assertEquals(10, engine.agentReady(b, 1, 10, T0).size());
        assertEquals(5, b.queue().size());
        assertTrue(b.seat(1).canTakeMore(), "the burst limit ends with the dispatch");
    }

    @Test
    void previousAgentGetsTheVisitorBackWhenTheyHaveRoom() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0).agent(2, AgentStatus.ONLINE, 10, 5).group(7, 1, 2).build();
        List<Assignment> made = engine.arrive(b, 100, 0, List.of(7L), 2, Duration.ofSeconds(60), T0);
        assertEquals(new Assignment(100, 2, 7, true), made.get(0));
    }

    @Test
    void aFullPreviousAgentIsWaitedForThenTheGroupTakesOver() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0).agent(2, AgentStatus.ONLINE, 1, 1).group(7, 1, 2).build();
        assertTrue(engine.arrive(b, 100, 0, List.of(7L), 2, Duration.ofSeconds(60), T0).isEmpty(),
                "waits for agent 2 although agent 1 is free");
        assertTrue(engine.dispatch(b, List.of(7L), T0.plusSeconds(59)).isEmpty());
        List<Assignment> later = engine.dispatch(b, List.of(7L), T0.plusSeconds(60));
        assertEquals(new Assignment(100, 1, 7, false), later.get(0));
    }

    @Test
    void anOfflinePreviousAgentIsNotWaitedFor() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0).agent(2, AgentStatus.OFFLINE, 10, 0).group(7, 1, 2).build();
        assertEquals(1L, engine.arrive(b, 100, 0, List.of(7L), 2, Duration.ofSeconds(60), T0).get(0).agentId());
    }

    @Test
    void aReroutedConversationNeverGoesBackToTheAgentWhoLetItTimeOut() {
        RoutingBoard b = board().agent(1, AgentStatus.ONLINE, 10, 0).agent(2, AgentStatus.ONLINE, 10, 9).group(7, 1, 2)
                .waiting(new WaitingConversation(100, 0, 100, List.of(7L), 0, null, 1)).build();
        assertEquals(2L, engine.dispatch(b, List.of(7L), T0).get(0).agentId());
        RoutingBoard alone = board().agent(1, AgentStatus.ONLINE, 10, 0).group(7, 1)
                .waiting(new WaitingConversation(100, 0, 100, List.of(7L), 0, null, 1)).build();
        assertTrue(engine.dispatch(alone, List.of(7L), T0).isEmpty());
    }

    @Test
    void disabledGroupsReceiveNothing() {
        RoutingBoard b = board().online(1).groupState(new GroupState(7, false, RoutingStrategy.LEAST_BUSY, 0, 0,
                List.of(new Member(1, 1)), 0)).build();
        assertTrue(arrive(b, 100, 7).isEmpty());
        assertFalse(b.group(7).accepting());
    }
}
