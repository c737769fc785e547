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
import io.switchboard.domain.model.seat.SeatTimer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** What each deadline does when it is due (RT-6, RT-7, RT-10, RT-12, wrap-up). Runs under the routing lock. */
@ApplicationScoped
class RoutingTimeouts {

    @Inject
    RoutingDesk desk;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;

    void handle(RoutingTimers.Deadline d) {
        RoutingSettings s = desk.lock();
        if (Arrays.stream(SeatTimer.values()).anyMatch(t -> t.name().equals(d.timer()))) {
            seats.find(d.subjectId()).ifPresent(seat -> seatDue(s, seat, SeatTimer.valueOf(d.timer())));
        } else {
            conversations.lock(d.subjectId()).ifPresent(c -> conversationDue(s, c, ConversationTimer.valueOf(d.timer())));
        }
    }

    private void seatDue(RoutingSettings s, AgentSeat seat, SeatTimer timer) {
        Instant now = desk.now();
        switch (timer) {
            case WRAP_UP_END -> {
                Instant until = seat.wrapUpDeadline();
                if (until != null && !until.isAfter(now) && seat.finishWrapUp(now)) {
                    desk.event("AGENT_STATUS", null, seat.getAgentId(), null, AgentStatus.ONLINE.name(), now);
                    desk.agentReady(s, seat);
                }
            }
            case AGENT_OFFLINE -> {
                Instant lost = seat.getDisconnectedAt();
                if (lost != null && s.agentOfflineAfterDisconnect().enabled()
                        && !lost.plus(s.agentOfflineAfterDisconnect().duration()).isAfter(now)) {
                    seat.changeStatus(AgentStatus.OFFLINE, now);
                    seat.reconnected();
                    desk.event("AGENT_STATUS", null, seat.getAgentId(), null, AgentStatus.OFFLINE.name() + " (connection lost)", now);
                }
            }
        }
    }

    private void conversationDue(RoutingSettings s, Conversation c, ConversationTimer timer) {
        Instant now = desk.now();
        if (timer == ConversationTimer.PREVIOUS_AGENT_WAIT) {
            conversations.findEntry(c.getId()).filter(e -> e.getPreferredUntil() != null && !e.getPreferredUntil().isAfter(now))
                    .ifPresent(e -> desk.dispatch(s, e.getGroupIds()));
            return;
        }
        if (!c.isDue(timer, s, now)) {
            return;
        }
        Map<ConversationTimer, Instant> before = c.deadlines(s);
        switch (timer) {
            case QUEUE_TIMEOUT -> desk.end(s, c, EndReason.QUEUE_TIMEOUT, "QUEUE_TIMEOUT", s.queueTimeout().message());
            case REROUTE -> desk.reroute(s, c);
            case CUSTOMER_IDLE_WARNING -> {
                desk.say(c, "CUSTOMER_IDLE_WARNING", s.customerIdleWarning().message(), now);
                c.idleWarned(now);
                desk.schedule(c, before, s);
            }
            case CUSTOMER_IDLE_CLOSE -> desk.end(s, c, EndReason.CUSTOMER_IDLE, "CUSTOMER_IDLE_CLOSE", s.customerIdleClose().message());
            case AGENT_REPLY -> {
                desk.say(c, "AGENT_REPLY_TIMEOUT", s.agentReplyTimeout().message(), now);
                c.replyNudged(now);
                desk.schedule(c, before, s);
            }
            case TRANSFER_CONFIRM -> {
                Long target = c.getTransferToAgentId();
                Long targetGroup = c.getTransferToGroupId();
                c.cancelTransfer();
                desk.event("TRANSFER_TIMED_OUT", c, target, targetGroup, null, now);
            }
            case INVALID_SESSION -> desk.end(s, c, EndReason.INVALID_SESSION, null, null);
            case VISITOR_OFFLINE -> desk.end(s, c,
                    c.getState() == ConversationState.ASSIGNED ? EndReason.VISITOR_OFFLINE : EndReason.VISITOR_LEFT,
                    null, null);
            default -> {
            }
        }
    }
}
