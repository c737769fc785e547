package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationTimer;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.seat.SeatTimer;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.HashMap;
import java.util.Map;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;

/**
 * One EJB timer per deadline (RT-6/7/10/12, wrap-up), created in the transaction that set the deadline, so it
 * exists only if that transaction commits. Timers are not persistent: the deadlines themselves are in the
 * database, and {@link RoutingTimerRecovery} schedules them again when a node starts. A timer that fires
 * late, twice or after its condition went away does nothing, because the handler re-checks the deadline under
 * the tenant's routing lock.
 */
@Stateless
public class RoutingTimers {

    private static final Logger LOG = Logger.getLogger(RoutingTimers.class.getName());

    /** What a timer is for: the tenant, the timer kind and the conversation or agent id. */
    public record Deadline(String tenantId, String timer, long subjectId) implements Serializable {
    }

    @Resource
    TimerService timerService;
    @Inject
    TenantContext tenant;
    @Inject
    RoutingTimeouts timeouts;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    RoutingSettingsRepository settings;

    public void schedule(String tenantId, String timer, long subjectId, Instant at) {
        timerService.createSingleActionTimer(Date.from(at), new TimerConfig(new Deadline(tenantId, timer, subjectId), false));
    }

    /**
     * Schedules every pending deadline of every tenant again: non-persistent timers died with the node. Runs at
     * start; on a cluster each starting node does it, and duplicates are harmless (see class comment).
     *
     * @return how many timers were scheduled
     */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recoverAll() {
        int count = 0;
        Map<String, RoutingSettings> byTenant = new HashMap<>();
        for (Conversation c : conversations.allOpen()) {
            RoutingSettings s = byTenant.computeIfAbsent(c.getTenantId(), settings::ofTenant);
            for (var d : c.deadlines(s).entrySet()) {
                schedule(c.getTenantId(), d.getKey().name(), c.getId(), d.getValue());
                count++;
            }
            var entry = conversations.findEntry(c.getId());
            if (entry.isPresent() && entry.get().getPreferredUntil() != null) {
                schedule(c.getTenantId(), ConversationTimer.PREVIOUS_AGENT_WAIT.name(), c.getId(), entry.get().getPreferredUntil());
                count++;
            }
        }
        for (AgentSeat seat : seats.allWithDeadlines()) {
            RoutingSettings s = byTenant.computeIfAbsent(seat.getTenantId(), settings::ofTenant);
            if (seat.wrapUpDeadline() != null) {
                schedule(seat.getTenantId(), SeatTimer.WRAP_UP_END.name(), seat.getAgentId(), seat.wrapUpDeadline());
                count++;
            }
            if (seat.getDisconnectedAt() != null) {
                schedule(seat.getTenantId(), SeatTimer.AGENT_OFFLINE.name(), seat.getAgentId(),
                        seat.getDisconnectedAt().plus(s.agentOfflineAfterDisconnect().duration()));
                count++;
            }
        }
        return count;
    }

    @Timeout
    void fire(Timer timer) {
        Deadline deadline = (Deadline) timer.getInfo();
        tenant.use(deadline.tenantId());
        LOG.fine(() -> "deadline " + deadline);
        timeouts.handle(deadline);
    }
}
