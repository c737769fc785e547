package io.switchboard.interfaces.rest;

import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import java.time.Instant;

public record SkillGroupDto(long id, String name, SkillGroupKind kind, boolean enabled, String strategy,
        int receptionLimit, java.util.List<SkillGroupResource.MemberDto> members, java.util.List<String> regions,
        Instant createdAt) {

    static SkillGroupDto of(SkillGroup g) {
        return new SkillGroupDto(g.getId(), g.getName(), g.getKind(), g.isEnabled(), g.getStrategy().name(),
                g.getReceptionLimit(), g.getMembers().stream()
                        .map(m -> new SkillGroupResource.MemberDto(m.getAgentId(), m.getPriority())).toList(),
                g.getRegions(), g.getCreatedAt());
    }
}
