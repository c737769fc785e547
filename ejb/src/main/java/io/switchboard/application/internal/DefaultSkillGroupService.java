package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingStrategy;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.GroupMember;

@Stateless
public class DefaultSkillGroupService implements SkillGroupService {

    @Inject
    LookupCache lookups;
    @Inject
    TenantContext tenantContext;
    @Inject
    SkillGroupRepository groups;
    @Inject
    Clock clock;
    @Inject
    RoutingDesk desk;
    @Inject
    AgentSeatRepository seats;
    @Inject
    ConversationRepository conversations;
    @Inject
    AuditTrail audit;

    /** What the audit log keeps of a group. */
    public record Snapshot(String name, String kind, boolean enabled, String strategy, int receptionLimit,
                    Map<Long, Integer> priorityByAgent, List<String> regions) {
        static Snapshot of(SkillGroup g) {
            Map<Long, Integer> members = new java.util.TreeMap<>();
            g.getMembers().forEach(m -> members.put(m.getAgentId(), m.getPriority()));
            return new Snapshot(g.getName(), g.getKind().name(), g.isEnabled(), g.getStrategy().name(),
                    g.getReceptionLimit(), members, g.getRegions());
        }
    }

    @Override
    public List<SkillGroup> list(int offset, int limit) {
        return groups.list(offset, limit);
    }

    @Override
    public long count() {
        return groups.count();
    }

    @Override
    public SkillGroup get(long id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("skill group " + id + " not found")
                .coded("skillGroup.notFound", id));
    }

    @Override
    public SkillGroup create(String name, SkillGroupKind kind) {
        requireFreeName(name.trim(), null);
        SkillGroup group = new SkillGroup(name, kind, clock.instant());
        // a new group starts with the tenant's default strategy (对话设置 坐席分配策略); each group may change it
        group.configureRouting(desk.settings().defaultStrategy(), group.getReceptionLimit());
        groups.add(group);
        lookups.groupsChanged(tenantContext.requireTenant());
        audit.record("skill-group.create", "skill-group", group.getId(), null, Snapshot.of(group));
        return group;
    }

    @Override
    public SkillGroup update(long id, String name, boolean enabled) {
        RoutingSettings s = desk.lock();
        SkillGroup group = get(id);
        Snapshot before = Snapshot.of(group);
        boolean enabling = enabled && !group.isEnabled();
        requireFreeName(name.trim(), group.getId());
        group.rename(name);
        if (enabled) {
            group.enable();
        } else {
            group.disable();
        }
        lookups.groupsChanged(tenantContext.requireTenant());
        if (enabling) {
            desk.dispatch(s, List.of(group.getId()));
        }
        audit.record("skill-group.update", "skill-group", id, before, Snapshot.of(group));
        return group;
    }

    @Override
    public void delete(long id) {
        desk.lock();
        SkillGroup group = get(id);
        if (conversations.queueLength(id) > 0 || !conversations.openCountByGroup(List.of(id)).isEmpty()) {
            throw new ConflictException("skill group " + id + " still has waiting or open conversations; disable it first")
                    .coded("skillGroup.openConversations", group.getName());
        }
        audit.record("skill-group.delete", "skill-group", id, Snapshot.of(group), null);
        groups.remove(group);
        lookups.groupsChanged(tenantContext.requireTenant());
    }

    @Override
    public SkillGroup configureRouting(long id, RoutingStrategy strategy, int receptionLimit) {
        RoutingSettings s = desk.lock();
        SkillGroup group = get(id);
        Snapshot before = Snapshot.of(group);
        group.configureRouting(strategy, receptionLimit);
        lookups.groupsChanged(tenantContext.requireTenant());
        desk.dispatch(s, List.of(group.getId()));
        audit.record("skill-group.routing", "skill-group", id, before, Snapshot.of(group));
        return group;
    }

    @Override
    public SkillGroup configureRegions(long id, List<String> regions) {
        SkillGroup group = get(id);
        Snapshot before = Snapshot.of(group);
        group.serveRegions(regions);
        lookups.groupsChanged(tenantContext.requireTenant());
        audit.record("skill-group.regions", "skill-group", id, before, Snapshot.of(group));
        return group;
    }

    @Override
    public SkillGroup replaceMembers(long id, Map<Long, Integer> priorityByAgent) {
        RoutingSettings s = desk.lock();
        SkillGroup group = get(id);
        List<AgentSeat> found = seats.findAll(priorityByAgent.keySet());
        if (found.size() != priorityByAgent.size()) {
            Set<Long> missing = new TreeSet<>(priorityByAgent.keySet());
            found.forEach(seat -> missing.remove(seat.getAgentId()));
            throw new NotFoundException("agentId", "no agent with id " + missing + " in this tenant")
                    .coded("agent.notFound", missing);
        }
        Snapshot before = Snapshot.of(group);
        group.replaceMembers(priorityByAgent.entrySet().stream()
                .map(e -> new GroupMember(e.getKey(), e.getValue() == null ? 1 : e.getValue())).toList());
        lookups.groupsChanged(tenantContext.requireTenant());
        desk.dispatch(s, List.of(group.getId()));
        audit.record("skill-group.members", "skill-group", id, before, Snapshot.of(group));
        return group;
    }

    private void requireFreeName(String name, Long exceptId) {
        groups.findByName(name).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new ConflictException("a skill group named '" + name + "' exists")
                    .coded("skillGroup.nameTaken", name);
        });
    }
}
