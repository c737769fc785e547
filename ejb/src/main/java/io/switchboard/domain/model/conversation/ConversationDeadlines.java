package io.switchboard.domain.model.conversation;

import io.switchboard.domain.model.routing.RoutingSettings;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadline rules of a conversation (RT-5/6/7/10/12/13): which timers apply in its state and when each falls due,
 * under the tenant's settings. The wait for the previous agent lives on the queue entry.
 */
final class ConversationDeadlines {

    private ConversationDeadlines() {
    }

    /** Every deadline that applies to {@code c} now, by timer. */
    static Map<ConversationTimer, Instant> of(Conversation c, RoutingSettings s) {
        Map<ConversationTimer, Instant> d = new EnumMap<>(ConversationTimer.class);
        if (c.getState().terminal()) {
            return d;
        }
        switch (c.getState()) {
            case IN_FLOW -> {
                if (c.getFlowWaitUntil() != null) {
                    d.put(ConversationTimer.FLOW_WAIT, c.getFlowWaitUntil());
                }
                if (s.invalidSessionCleanup().enabled()) {
                    d.put(ConversationTimer.INVALID_SESSION,
                            c.lastVisitorActivityAt().plus(s.invalidSessionCleanup().duration()));
                }
            }
            case QUEUED -> {
                if (s.queueTimeout().enabled()) {
                    d.put(ConversationTimer.QUEUE_TIMEOUT, c.getQueuedAt().plus(s.queueTimeout().duration()));
                }
            }
            case ASSIGNED -> assigned(c, s, d);
            default -> {
            }
        }
        if (c.getVisitorDisconnectedAt() != null && s.visitorOfflineAfterDisconnect().enabled()) {
            d.put(ConversationTimer.VISITOR_OFFLINE,
                    c.getVisitorDisconnectedAt().plus(s.visitorOfflineAfterDisconnect().duration()));
        }
        return d;
    }

    private static void assigned(Conversation c, RoutingSettings s, Map<ConversationTimer, Instant> d) {
        if (c.getAnsweredAt() == null && s.rerouteUnanswered().enabled()) {
            d.put(ConversationTimer.REROUTE, c.getAssignedAt().plus(s.rerouteUnanswered().duration()));
        }
        boolean agentSpokeLast = c.lastAgentMessageAt() != null
                && (c.lastVisitorMessageAt() == null || c.lastAgentMessageAt().isAfter(c.lastVisitorMessageAt()));
        boolean visitorWaits = c.lastVisitorMessageAt() != null
                && (c.lastAgentMessageAt() == null || c.lastVisitorMessageAt().isAfter(c.lastAgentMessageAt()));
        if (agentSpokeLast && s.customerIdleWarning().enabled()) {
            if (c.idleWarnedAt() == null) {
                d.put(ConversationTimer.CUSTOMER_IDLE_WARNING,
                        c.lastAgentMessageAt().plus(s.customerIdleWarning().duration()));
            } else if (s.customerIdleClose().enabled()) {
                d.put(ConversationTimer.CUSTOMER_IDLE_CLOSE, c.idleWarnedAt().plus(s.customerIdleClose().duration()));
            }
        }
        if (visitorWaits && s.agentReplyTimeout().enabled()
                && (c.replyNudgedAt() == null || c.replyNudgedAt().isBefore(c.lastVisitorMessageAt()))) {
            d.put(ConversationTimer.AGENT_REPLY, c.lastVisitorMessageAt().plus(s.agentReplyTimeout().duration()));
        }
        if (c.getTransferRequestedAt() != null) {
            d.put(ConversationTimer.TRANSFER_CONFIRM,
                    c.getTransferRequestedAt().plusSeconds(s.transfer().confirmSeconds()));
        }
    }
}
