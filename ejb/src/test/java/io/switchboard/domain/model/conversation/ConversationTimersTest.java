package io.switchboard.domain.model.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.routing.RoutingSettings;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation's state machine and its deadlines (RT-6, RT-7, RT-10, RT-12), on a fake clock. */
class ConversationTimersTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private final RoutingSettings s = RoutingSettings.defaults();

    private static Instant t(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Conversation assigned() {
        Conversation c = new Conversation("v1", "访客", "WEB", null, null, 0, T0);
        c.enqueue(List.of(7L), T0);
        c.assign(3, 7, T0);
        return c;
    }

    @Test
    void queueTimeoutIs180SecondsAfterQueueing() {
        Conversation c = new Conversation("v1", null, "WEB", null, null, 0, T0);
        c.enqueue(List.of(7L), t(5));
        assertEquals(t(185), c.deadlines(s).get(ConversationTimer.QUEUE_TIMEOUT));
        assertFalse(c.isDue(ConversationTimer.QUEUE_TIMEOUT, s, t(184)));
        assertTrue(c.isDue(ConversationTimer.QUEUE_TIMEOUT, s, t(185)));
        c.end(EndReason.QUEUE_TIMEOUT, t(185));
        assertEquals(ConversationState.TIMED_OUT, c.getState());
        assertTrue(c.deadlines(s).isEmpty());
    }

    @Test
    void customerIdleWarnsAfter180SecondsThenClosesAfter120More() {
        Conversation c = assigned();
        c.agentWrote(t(10));
        assertEquals(t(190), c.deadlines(s).get(ConversationTimer.CUSTOMER_IDLE_WARNING));
        c.idleWarned(t(190));
        assertNull(c.deadlines(s).get(ConversationTimer.CUSTOMER_IDLE_WARNING));
        assertEquals(t(310), c.deadlines(s).get(ConversationTimer.CUSTOMER_IDLE_CLOSE));
        c.visitorWrote(t(200));
        assertNull(c.deadlines(s).get(ConversationTimer.CUSTOMER_IDLE_CLOSE), "the visitor answered: no close");
        assertFalse(c.isDue(ConversationTimer.CUSTOMER_IDLE_CLOSE, s, t(310)), "the stale timer does nothing");
    }

    @Test
    void agentReplyTimeoutNudgesOnce120SecondsAfterTheVisitorWrote() {
        Conversation c = assigned();
        c.visitorWrote(t(30));
        assertEquals(t(150), c.deadlines(s).get(ConversationTimer.AGENT_REPLY));
        c.replyNudged(t(150));
        assertNull(c.deadlines(s).get(ConversationTimer.AGENT_REPLY), "one nudge per unanswered message");
        c.visitorWrote(t(160));
        assertEquals(t(280), c.deadlines(s).get(ConversationTimer.AGENT_REPLY));
        c.agentWrote(t(170));
        assertNull(c.deadlines(s).get(ConversationTimer.AGENT_REPLY));
    }

    @Test
    void rerouteDeadlineRunsUntilTheAgentAnswers() {
        RoutingSettings on = s.withTimers(new RoutingSettings.Timer(true, 20), s.wrapUp());
        Conversation c = assigned();
        assertEquals(t(20), c.deadlines(on).get(ConversationTimer.REROUTE));
        assertNull(c.deadlines(s).get(ConversationTimer.REROUTE), "off by default");
        c.answer(t(5));
        assertNull(c.deadlines(on).get(ConversationTimer.REROUTE));
    }

    @Test
    void aReroutedConversationIsQueuedAgainForItsGroups() {
        Conversation c = assigned();
        c.enqueue(c.getCandidateGroups(), t(20));
        assertEquals(ConversationState.QUEUED, c.getState());
        assertNull(c.getAgentId());
        assertEquals(List.of(7L), c.getCandidateGroups());
    }

    @Test
    void transferMustBeConfirmedWithin60Seconds() {
        Conversation c = assigned();
        c.requestTransfer(4, null, null, t(10));
        assertEquals(t(70), c.deadlines(s).get(ConversationTimer.TRANSFER_CONFIRM));
        assertThrows(IllegalStateException.class, () -> c.requestTransfer(5, null, null, t(11)));
        c.completeTransfer(7, t(20));
        assertEquals(4L, c.getAgentId());
        assertNull(c.deadlines(s).get(ConversationTimer.TRANSFER_CONFIRM));
        assertThrows(IllegalArgumentException.class, () -> c.requestTransfer(4, null, null, t(30)));
    }

    @Test
    void invalidSessionAndVisitorOfflineTimers() {
        Conversation c = new Conversation("v1", null, "WEB", null, null, 0, T0);
        assertEquals(t(180), c.deadlines(s).get(ConversationTimer.INVALID_SESSION));
        c.visitorDisconnected(t(10));
        assertEquals(t(40), c.deadlines(s).get(ConversationTimer.VISITOR_OFFLINE));
        c.visitorReconnected(t(20));
        assertNull(c.deadlines(s).get(ConversationTimer.VISITOR_OFFLINE));
        assertEquals(t(200), c.deadlines(s).get(ConversationTimer.INVALID_SESSION));
    }

    @Test
    void everyConversationEndsOnceInTheStateItsReasonNames() {
        Conversation c = assigned();
        c.end(EndReason.AGENT_CLOSED, t(50));
        assertEquals(ConversationState.CLOSED, c.getState());
        assertThrows(IllegalStateException.class, () -> c.end(EndReason.VISITOR_CLOSED, t(51)));
        Conversation q = new Conversation("v2", null, "WEB", null, null, 0, T0);
        q.enqueue(List.of(7L), T0);
        assertThrows(IllegalStateException.class, () -> q.end(EndReason.AGENT_CLOSED, t(1)), "nobody served it");
        q.end(EndReason.VISITOR_LEFT, t(1));
        assertEquals(ConversationState.ABANDONED, q.getState());
        Conversation off = new Conversation("v3", null, "WEB", null, null, 0, T0);
        off.end(EndReason.OFF_HOURS, T0);
        assertEquals(ConversationState.LEFT_MESSAGE, off.getState());
    }

    @Test
    void onlyQueuedConversationsCanBeAssigned() {
        Conversation c = assigned();
        assertThrows(IllegalStateException.class, () -> c.assign(4, 7, t(1)));
    }
}
