package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.DueDeadline;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.infrastructure.push.DeskUpdatePublisher;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions of the deadline sweep ({@link DeadlineSweep}): the cross-tenant reads that find what is due,
 * and one short transaction per due conversation, queue entry or seat (the caller binds its tenant first).
 */
@Stateless
public class DeadlineWork {

    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    RoutingTimeouts timeouts;
    @Inject
    Clock clock;
    @Inject
    RoutingDesk desk;
    @Inject
    DeskUpdatePublisher pushes;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    WaitForecast forecast;

    /** An arrival whose dispatcher request was lost (a failed dispatch, a node gone) is dispatched after this. */
    static final Duration STALE_ARRIVAL = Duration.ofSeconds(3);

    /**
     * Due work of every tenant, found by the indexed columns: conversations, reservations; and the seats in wrap-up
     * or without a connection (few), of which only those due under their tenant's settings are returned.
     */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Due due(int limit) {
        var now = clock.instant();
        Map<String, RoutingSettings> byTenant = new HashMap<>();
        List<DueDeadline> seatRows = seats.allWithDeadlines().stream()
                .filter(seat -> RoutingTimeouts.seatIsDue(seat,
                        byTenant.computeIfAbsent(seat.getTenantId(), settings::ofTenant), now))
                .map(seat -> new DueDeadline(seat.getTenantId(), seat.getAgentId())).toList();
        return new Due(conversations.dueDeadlines(now, limit), conversations.dueReservations(now, limit), seatRows,
                conversations.tenantsWithStaleArrivals(now.minus(STALE_ARRIVAL), limit));
    }

    /** What one sweep found. A full batch means more may be due at once. */
    public record Due(List<DueDeadline> conversations, List<DueDeadline> reservations, List<DueDeadline> seats,
            List<String> staleArrivals) {
    }

    /** Pushes the current tenant's queue places (its queue moved since the last sweep). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queuePlaces(String tenantId) {
        pushes.publishQueueNow(tenantId, forecast::estimate);
    }

    /** The tenant's arrivals that no dispatcher announced: dispatched now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void arrivals() {
        desk.dispatchQueued(List.of());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void conversation(long id) {
        timeouts.conversationDue(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reservation(long conversationId) {
        timeouts.reservationDue(conversationId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seat(long agentId) {
        timeouts.seatDue(agentId);
    }

    /**
     * After this node started: agents shown as connected with no node on record (their sockets were opened before
     * schema 17) had them on a node that went down, so their connection counts as lost now; the agent-offline
     * deadline then signs them out unless their workbench connects again (which clears it) — see
     * {@link io.switchboard.application.AgentSeatService#connectionRestored}. Seats with a node are left to
     * {@link #seatLost}.
     *
     * @return how many seats were marked
     */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int presenceLost() {
        var now = clock.instant();
        List<AgentSeat> connected = seats.signedInConnectedThroughNoKnownNode();
        connected.forEach(seat -> seat.disconnected(now));
        return connected.size();
    }

    /** An agent's seat, with its tenant. */
    public record SeatOf(String tenantId, long agentId) {
    }

    /** Seats shown as connected through one of these nodes, across all tenants. */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SeatOf> connectedThrough(Collection<String> nodes) {
        return seats.connectedThrough(nodes).stream().map(s -> new SeatOf(s.getTenantId(), s.getAgentId())).toList();
    }

    /**
     * The node holding the agent's socket is gone: the agent has lost the connection, as if the socket had closed,
     * unless a socket on a live node has spoken for the agent since. Under the tenant's routing lock, like every
     * other change of a seat.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seatLost(long agentId, Collection<String> nodes) {
        desk.lock();
        AgentSeat seat = desk.seat(agentId);
        if (seat.getDisconnectedAt() == null && nodes.contains(seat.getConnectedNode())) {
            seat.disconnected(clock.instant());
        }
    }
}
