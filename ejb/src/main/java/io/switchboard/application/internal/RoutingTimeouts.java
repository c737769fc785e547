package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.ConversationTimer;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.seat.AgentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What each deadline does when the sweep finds it due (RT-6, RT-7, RT-10, RT-12, RT-13 wrap-up). Each method runs in
 * the caller's transaction for one conversation, queue entry or seat, and asks again under a lock whether the
 * deadline is still due: a deadline that moved meanwhile costs a read. Only deadlines that free or take capacity
 * (end, re-route, reservation, wrap-up) take the tenant's routing lock; a reminder line or a cancelled transfer
 * takes the conversation's row lock only.
 */
@ApplicationScoped
class RoutingTimeouts {

    /** Deadlines whose action is a routing decision: they need the tenant's routing lock. */
    private static final Set<ConversationTimer> ROUTING = EnumSet.of(ConversationTimer.QUEUE_TIMEOUT,
            ConversationTimer.REROUTE, ConversationTimer.CUSTOMER_IDLE_CLOSE, ConversationTimer.INVALID_SESSION,
            ConversationTimer.VISITOR_OFFLINE, ConversationTimer.FLOW_WAIT);
    /** More than one deadline can be due at once (a late sweep); each action changes the state, so this bounds it. */
    private static final int MAX_ACTIONS = 4;

    @Inject
    RoutingDesk desk;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    FlowRuntime flows;

    /** The conversation's stored deadline is due: act on every deadline due now, then store the next one. */
    void conversationDue(long id) {
        Instant now = desk.now();
        RoutingSettings s = desk.settings();
        Conversation peek = conversations.find(id).orElse(null);
        if (peek == null) {
            return;
        }
        boolean routing = peek.dueTimers(s, now).stream().anyMatch(ROUTING::contains);
        if (routing) {
            s = desk.lock(); // the tenant lock before the row lock, as every routing decision takes them
        }
        Conversation c = desk.conversation(id);
        for (int i = 0; i < MAX_ACTIONS && !c.getState().terminal(); i++) {
            List<ConversationTimer> due = c.dueTimers(s, now);
            if (due.isEmpty() || (!routing && ROUTING.contains(due.get(0)))) {
                break; // nothing due, or it became a routing deadline meanwhile: the next sweep takes the lock
            }
            act(s, c, due.get(0), now);
        }
        c.refreshDeadline(s);
    }

    private void act(RoutingSettings s, Conversation c, ConversationTimer timer, Instant now) {
        switch (timer) {
            case QUEUE_TIMEOUT -> desk.end(s, c, EndReason.QUEUE_TIMEOUT, "QUEUE_TIMEOUT", s.in(c.language()).queueTimeout().message());
            case REROUTE -> desk.reroute(s, c);
            case CUSTOMER_IDLE_WARNING -> {
                desk.say(c, "CUSTOMER_IDLE_WARNING", s.in(c.language()).customerIdleWarning().message(), now);
                c.idleWarned(now);
            }
            case CUSTOMER_IDLE_CLOSE -> desk.end(s, c, EndReason.CUSTOMER_IDLE, "CUSTOMER_IDLE_CLOSE", s.in(c.language()).customerIdleClose().message());
            case AGENT_REPLY -> {
                desk.say(c, "AGENT_REPLY_TIMEOUT", s.in(c.language()).agentReplyTimeout().message(), now);
                c.replyNudged(now);
            }
            case TRANSFER_CONFIRM -> {
                Long target = c.getTransferToAgentId();
                Long targetGroup = c.getTransferToGroupId();
                c.cancelTransfer();
                desk.event("TRANSFER_TIMED_OUT", c, target, targetGroup, null, now);
            }
            case INVALID_SESSION -> desk.end(s, c, EndReason.INVALID_SESSION, null, null);
            case FLOW_WAIT -> flows.timedOut(s, c);
            case VISITOR_OFFLINE -> desk.end(s, c,
                    c.getState() == ConversationState.ASSIGNED ? EndReason.VISITOR_OFFLINE : EndReason.VISITOR_LEFT,
                    null, null);
        }
    }

    /** RT-5: the wait for the previous agent is over; any member of the groups may now take the conversation. */
    void reservationDue(long conversationId) {
        RoutingSettings s = desk.lock();
        Instant now = desk.now();
        conversations.findEntry(conversationId).filter(e -> e.reservationOver(now)).ifPresent(e -> {
            e.endReservation();
            desk.dispatch(s, e.getGroupIds());
        });
    }

    /** A seat in wrap-up or without a connection: wrap-up ends (RT-13), or the agent goes offline (RT-12). */
    void seatDue(long agentId) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = seats.find(agentId).orElse(null);
        if (seat == null) {
            return;
        }
        Instant now = desk.now();
        if (wrapUpOver(seat, now) && seat.finishWrapUp(now)) {
            desk.event("AGENT_STATUS", null, seat.getAgentId(), null, AgentStatus.ONLINE.name(), now);
            desk.agentReady(s, seat);
        }
        if (lostTooLong(seat, s, now)) {
            seat.changeStatus(AgentStatus.OFFLINE, now);
            seat.reconnected();
            desk.event("AGENT_STATUS", null, seat.getAgentId(), null, AgentStatus.OFFLINE.name() + " (connection lost)", now);
        }
    }

    /** Whether a seat has a deadline due at {@code now} under its tenant's settings. */
    static boolean seatIsDue(AgentSeat seat, RoutingSettings s, Instant now) {
        return wrapUpOver(seat, now) || lostTooLong(seat, s, now);
    }

    private static boolean wrapUpOver(AgentSeat seat, Instant now) {
        Instant until = seat.wrapUpDeadline();
        return until != null && !until.isAfter(now);
    }

    private static boolean lostTooLong(AgentSeat seat, RoutingSettings s, Instant now) {
        Instant lost = seat.getDisconnectedAt();
        return lost != null && s.agentOfflineAfterDisconnect().enabled()
                && !lost.plus(s.agentOfflineAfterDisconnect().duration()).isAfter(now);
    }
}
