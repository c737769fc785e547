package io.switchboard.application.internal;

import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.ConflictException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.seat.AgentStatus;
import io.switchboard.infrastructure.cluster.LocalNode;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import io.switchboard.application.StaffSessionsEnded;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultAgentSeatService implements AgentSeatService {

    @Inject
    Event<StaffSessionsEnded> sessionsEnded;
    @Inject
    RoutingDesk desk;
    @Inject
    AgentSeatRepository seats;
    @Inject
    UserAccountRepository accounts;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    TenantSetup setup;
    @Inject
    TenantContext tenant;
    @Inject
    AuditTrail audit;
    @Inject
    LocalNode node;

    @Override
    public AgentSeatView createAgent(String username, String displayName, String password, Integer maxConcurrent) {
        if (displayName != null && displayName.strip().length() > 100) {
            throw new InvalidFieldException("displayName", "size must be between 0 and 100")
                    .coded("agent.displayNameTooLong", 100);
        }
        if (maxConcurrent != null && (maxConcurrent < 0 || maxConcurrent > 200)) {
            throw new InvalidFieldException("maxConcurrent", "must be between 0 and 200")
                    .coded("agent.maxConcurrentRange", 0, 200);
        }
        String name = displayName != null && !displayName.isBlank() ? displayName.strip()
                : username == null ? "" : username.strip();
        UserAccount account = setup.createAccount(tenant.requireTenant(), "username", username, name, Role.AGENT,
                "password", password);
        AgentSeat seat = desk.seat(account.getId());
        seat.setMaxConcurrent(maxConcurrent);
        AgentSeatView view = view(seat, settings.current().current());
        audit.record("agent.create", "agent", account.getId(), null, view);
        return view;
    }

    @Override
    public AgentSeatView get(long agentId) {
        return view(desk.seat(agentId), settings.current().current());
    }

    @Override
    public List<AgentSeatView> list(int offset, int limit) {
        RoutingSettings s = settings.current().current();
        return seats.list(offset, limit).stream().map(seat -> view(seat, s)).toList();
    }

    @Override
    public long count() {
        return seats.count();
    }

    @Override
    public AgentSeatView changeStatus(long agentId, String status) {
        AgentStatus target = parse(status);
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        Instant now = desk.now();
        boolean ready;
        try {
            ready = seat.changeStatus(target, now);
        } catch (IllegalStateException e) {
            // the seat refuses a change of status only while it is forced offline (AgentSeat.changeStatus)
            throw new ConflictException(e.getMessage()).coded("agent.forcedOffline", agentId, target);
        }
        desk.event("AGENT_STATUS", null, agentId, null, target.name(), now);
        if (ready) {
            desk.agentReady(s, seat);
        }
        return view(seat, s);
    }

    private static AgentStatus parse(String status) {
        try {
            return AgentStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown agent status '" + status + "'; use ONLINE, BUSY, BREAK or OFFLINE");
        }
    }

    @Override
    public AgentSeatView finishWrapUp(long agentId) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        if (!seat.finishWrapUp(desk.now())) {
            throw new ConflictException("agent " + agentId + " is not in wrap-up").coded("agent.notInWrapUp", agentId);
        }
        desk.event("AGENT_STATUS", null, agentId, null, AgentStatus.ONLINE.name(), desk.now());
        desk.agentReady(s, seat);
        return view(seat, s);
    }

    @Override
    public AgentSeatView forceOffline(long agentId) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        AgentSeatView before = view(seat, s);
        seat.forceOffline(desk.now());
        accounts.find(agentId).ifPresent(UserAccount::endSessions);
        desk.event("AGENT_FORCED_OFFLINE", null, agentId, null, null, desk.now());
        sessionsEnded.fire(new StaffSessionsEnded(seat.getTenantId(), agentId, StaffSessionsEnded.FORCED_OFFLINE));
        AgentSeatView after = view(seat, s);
        audit.record("agent.force-offline", "agent", agentId, before, after);
        return after;
    }

    @Override
    public AgentSeatView restore(long agentId) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        AgentSeatView before = view(seat, s);
        seat.restore();
        desk.event("AGENT_RESTORED", null, agentId, null, null, desk.now());
        AgentSeatView after = view(seat, s);
        audit.record("agent.restore", "agent", agentId, before, after);
        return after;
    }

    @Override
    public AgentSeatView setCap(long agentId, Integer maxConcurrent) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        AgentSeatView before = view(seat, s);
        seat.setMaxConcurrent(maxConcurrent);
        desk.dispatch(s, desk.groupsOf(agentId));
        AgentSeatView after = view(seat, s);
        audit.record("agent.cap", "agent", agentId, before, after);
        return after;
    }

    @Override
    public AgentSeatView connectionLost(long agentId) {
        RoutingSettings s = desk.lock();
        AgentSeat seat = desk.seat(agentId);
        if (seat.connectionHeldBy(node.id())) { // not when the agent's latest socket is on another node
            seat.disconnected(desk.now()); // the deadline sweep sets the agent offline after the configured time
        }
        return view(seat, s);
    }

    @Override
    public AgentSeatView connectionRestored(long agentId) {
        stillConnected(agentId); // the routing lock only when there is a lost connection to clear
        return view(desk.seat(agentId), desk.settings());
    }

    @Override
    public void stillConnected(long agentId) {
        // a scalar read: the seat itself is loaded under the lock only, to clear a lost connection or to record that
        // this node now holds the agent's socket
        if (seats.notConnectedTo(agentId, node.id())) {
            desk.lock();
            desk.seat(agentId).connectedTo(node.id());
        }
    }

    private AgentSeatView view(AgentSeat seat, RoutingSettings s) {
        String username = accounts.find(seat.getAgentId()).map(UserAccount::getUsername).orElse(null);
        List<Long> groupIds = desk.groupsOf(seat.getAgentId());
        return new AgentSeatView(seat.getAgentId(), username, seat.getDisplayName(), seat.getStatus().name(),
                seat.getStatusSince(), seat.isForcedOffline(), seat.effectiveCap(s.maxConcurrentPerAgent()),
                seat.getMaxConcurrent(), seat.getOpenConversations(), seat.handledOn(desk.today(s, desk.now())), groupIds,
                seat.wrapUpDeadline());
    }
}
