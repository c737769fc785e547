package io.switchboard.application;

import io.switchboard.domain.model.routing.RoutingStrategy;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Skill groups of the caller's tenant. */
public interface SkillGroupService {

    List<SkillGroup> list(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long count();

    SkillGroup get(long id);

    SkillGroup create(@NotBlank @Size(max = 100) String name, @NotNull SkillGroupKind kind);

    SkillGroup update(long id, @NotBlank @Size(max = 100) String name, boolean enabled);

    void delete(long id);

    /** S2 picker j: the regions the group serves; none = every region. */
    SkillGroup configureRegions(long id, @NotNull @jakarta.validation.constraints.Size(max = 20)
            List<@NotNull @jakarta.validation.constraints.Size(max = 50) String> regions);

    /** RT-3/RT-4: the group's strategy and reception limit (0 = none); a raised limit dispatches its queue. */
    SkillGroup configureRouting(long id, @NotNull RoutingStrategy strategy, @Min(0) @Max(100000) int receptionLimit);

    /** RT-1: replaces the members (agent id → priority, 1 = highest); new members take waiting conversations at once. */
    SkillGroup replaceMembers(long id, @NotNull java.util.Map<Long, Integer> priorityByAgent);
}
