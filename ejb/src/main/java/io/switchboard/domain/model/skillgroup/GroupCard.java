package io.switchboard.domain.model.skillgroup;

import io.switchboard.domain.model.routing.GroupState;
import io.switchboard.domain.model.routing.Member;
import io.switchboard.domain.model.routing.RoutingStrategy;
import java.util.List;

/**
 * What a new conversation needs to know of a skill group — its kind, whether it is enabled, its members — as an
 * immutable value that can be kept between transactions (a {@link SkillGroup} entity cannot). It has no routing
 * state (open conversations, last agent): the tenant's dispatcher reads those under its lock.
 */
public record GroupCard(long id, SkillGroupKind kind, boolean enabled, RoutingStrategy strategy, int receptionLimit,
        List<Member> members) {

    public GroupCard {
        members = List.copyOf(members);
    }

    public static GroupCard of(SkillGroup g) {
        return new GroupCard(g.getId(), g.getKind(), g.isEnabled(), g.getStrategy(), g.getReceptionLimit(),
                g.getMembers().stream().map(m -> new Member(m.getAgentId(), m.getPriority())).toList());
    }

    /** A fresh routing view of the group, for deciding where an arrival waits (no open count, no last agent). */
    public GroupState toGroupState() {
        return new GroupState(id, enabled, strategy, receptionLimit, 0, members, 0);
    }
}
