package io.switchboard.application.internal;

import io.switchboard.application.MonitorService;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationRepository.QueueStats;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.seat.AgentStatus;
import io.switchboard.domain.model.skillgroup.GroupMember;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads only; a few queries per snapshot whatever the number of agents, so a 5 s push stays cheap. */
@Stateless
public class DefaultMonitorService implements MonitorService {

    /** The monitor shows at most this many agents, signed-in ones first. */
    static final int MAX_AGENTS = 2000;

    @Inject
    AgentSeatRepository seats;
    @Inject
    UserAccountRepository accounts;
    @Inject
    SkillGroupRepository groups;
    @Inject
    ConversationRepository conversations;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    RoutingDesk desk;

    @Override
    public Snapshot snapshot() {
        Instant now = desk.now();
        RoutingSettings s = settings.current().current();
        LocalDate today = desk.today(s, now);
        List<AgentSeat> all = seats.list(0, MAX_AGENTS);
        Map<Long, UserAccount> accountById = accounts.search(
                        new UserAccountRepository.Filter(null, null, null, null, null, null), 0, MAX_AGENTS).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        List<SkillGroup> allGroups = groups.list(0, 10_000);
        Map<Long, List<String>> groupNames = new HashMap<>();
        for (SkillGroup g : allGroups) {
            for (GroupMember m : g.getMembers()) {
                groupNames.computeIfAbsent(m.getAgentId(), k -> new ArrayList<>()).add(g.getName());
            }
        }
        List<AgentLine> agents = all.stream()
                .sorted((a, b) -> Boolean.compare(b.getStatus().signedIn(), a.getStatus().signedIn()))
                .map(seat -> {
                    UserAccount account = accountById.get(seat.getAgentId());
                    Instant signedIn = seat.getSignedInAt();
                    return new AgentLine(seat.getAgentId(), seat.getDisplayName(),
                            account == null ? null : account.getEmployeeNo(), seat.getStatus().name(),
                            seat.isForcedOffline(), seconds(seat.getStatusSince(), now),
                            signedIn == null ? 0 : seconds(signedIn, now), seat.getOpenConversations(),
                            seat.effectiveCap(s.maxConcurrentPerAgent()), seat.handledOn(today),
                            groupNames.getOrDefault(seat.getAgentId(), List.of()));
                }).toList();
        Map<Long, AgentSeat> seatById = all.stream().collect(Collectors.toMap(AgentSeat::getAgentId, Function.identity()));
        Map<Long, QueueStats> queues = conversations.queueStatsByGroup();
        Map<Long, Integer> open = conversations.openCountByGroup(allGroups.stream().map(SkillGroup::getId).toList());
        List<GroupLine> lines = allGroups.stream().map(g -> {
            int online = 0;
            int ready = 0;
            int withRoom = 0;
            for (GroupMember m : g.getMembers()) {
                AgentSeat seat = seatById.get(m.getAgentId());
                if (seat != null && seat.getStatus().signedIn()) {
                    online++;
                    if (seat.getStatus() == AgentStatus.ONLINE) {
                        ready++;
                        if (seat.toSeatState(s.maxConcurrentPerAgent(), today).canTakeMore()) {
                            withRoom++;
                        }
                    }
                }
            }
            QueueStats q = queues.getOrDefault(g.getId(), new QueueStats(0, null));
            return new GroupLine(g.getId(), g.getName(), g.isEnabled(), g.getStrategy().name(), g.getMembers().size(),
                    online, ready, withRoom, q.waiting(), q.oldestSince() == null ? 0 : seconds(q.oldestSince(), now),
                    open.getOrDefault(g.getId(), 0));
        }).toList();
        int signedIn = (int) all.stream().filter(seat -> seat.getStatus().signedIn()).count();
        return new Snapshot(now, agents, lines, conversations.queueLength(null),
                conversations.count(ConversationState.ASSIGNED), signedIn);
    }

    private static long seconds(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
