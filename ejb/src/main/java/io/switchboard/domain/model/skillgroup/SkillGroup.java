package io.switchboard.domain.model.skillgroup;

import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.domain.model.routing.GroupState;
import io.switchboard.domain.model.routing.Member;
import io.switchboard.domain.model.routing.RoutingStrategy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team of agents that conversations are routed to (技能组, RT-1): online or phone, enabled or not, members with a
 * priority, a routing strategy (RT-3) and a reception limit, the most conversations the group holds at once
 * (接待上限, 0 = no limit besides the agents' own caps).
 */
@Entity
@Table(name = "skill_group")
public class SkillGroup extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SkillGroupKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RoutingStrategy strategy = RoutingStrategy.LEAST_BUSY;

    @Column(name = "reception_limit", nullable = false)
    private int receptionLimit;

    /** Round-robin cursor: the member who got the group's last conversation. */
    @Column(name = "last_assigned_agent_id")
    private Long lastAssignedAgentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skill_group_member", joinColumns = @JoinColumn(name = "skill_group_id"))
    private List<GroupMember> members = new ArrayList<>();

    /** The regions the group serves (S2 picker j), one per line; none: every region. */
    @Column(length = 1000)
    private String regions;

    @Version
    private long version;

    protected SkillGroup() {
    }

    public SkillGroup(String name, SkillGroupKind kind, Instant createdAt) {
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    public static SkillGroup inTenant(String tenantId, String name, SkillGroupKind kind, Instant createdAt) {
        SkillGroup group = new SkillGroup(name, kind, createdAt);
        group.assignTenant(tenantId);
        return group;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void configureRouting(RoutingStrategy newStrategy, int newReceptionLimit) {
        if (newReceptionLimit < 0 || newReceptionLimit > 100_000) {
            throw new IllegalArgumentException("reception limit must be between 0 (none) and 100000");
        }
        this.strategy = Objects.requireNonNull(newStrategy, "strategy");
        this.receptionLimit = newReceptionLimit;
    }

    /** Replaces the regions the group serves (at most 20, each at most 50 characters); empty: every region. */
    public void serveRegions(List<String> newRegions) {
        List<String> clean = newRegions.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty())
                .distinct().toList();
        if (clean.size() > 20 || clean.stream().anyMatch(r -> r.length() > 50 || r.contains("\n"))) {
            throw new IllegalArgumentException("regions: at most 20, each at most 50 characters");
        }
        this.regions = clean.isEmpty() ? null : String.join("\n", clean);
    }

    public List<String> getRegions() {
        return regions == null || regions.isBlank() ? List.of() : List.of(regions.split("\n"));
    }

    /**
     * Whether a visitor of this region (as the region table names it, e.g. "中国 四川 成都") may pick the group: it
     * serves every region, or one of its regions is part of the visitor's. An unknown region matches no region.
     */
    public boolean servesRegion(String visitorRegion) {
        List<String> served = getRegions();
        return served.isEmpty() || visitorRegion != null && served.stream().anyMatch(visitorRegion::contains);
    }

    /** Replaces the member list; an agent appears at most once. */
    public void replaceMembers(List<GroupMember> newMembers) {
        long distinct = newMembers.stream().map(GroupMember::getAgentId).distinct().count();
        if (distinct != newMembers.size()) {
            throw new IllegalArgumentException("an agent can be a member of a group only once");
        }
        members.clear();
        members.addAll(newMembers);
    }

    public void lastAssignedTo(long agentId) {
        this.lastAssignedAgentId = agentId;
    }

    /** The routing engine's copy of this group, with the conversations it holds right now. */
    public GroupState toGroupState(int open) {
        return new GroupState(id, enabled, strategy, receptionLimit, open,
                members.stream().map(m -> new Member(m.getAgentId(), m.getPriority())).toList(),
                lastAssignedAgentId == null ? 0 : lastAssignedAgentId);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("skill group name must not be blank");
        }
        return name.trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SkillGroupKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public RoutingStrategy getStrategy() {
        return strategy;
    }

    public int getReceptionLimit() {
        return receptionLimit;
    }

    public List<GroupMember> getMembers() {
        return List.copyOf(members);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
