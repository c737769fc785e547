package io.switchboard.interfaces.rest;

import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create or replace a skill group; {@code kind} defaults to ONLINE, {@code enabled} to true. */
public record SkillGroupRequest(@NotBlank @Size(max = 100) String name, SkillGroupKind kind, Boolean enabled) {
}
