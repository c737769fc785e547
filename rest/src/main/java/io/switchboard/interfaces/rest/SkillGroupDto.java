package io.switchboard.interfaces.rest;

import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import java.time.Instant;

public record SkillGroupDto(long id, String name, SkillGroupKind kind, boolean enabled, Instant createdAt) {

    static SkillGroupDto of(SkillGroup g) {
        return new SkillGroupDto(g.getId(), g.getName(), g.getKind(), g.isEnabled(), g.getCreatedAt());
    }
}
