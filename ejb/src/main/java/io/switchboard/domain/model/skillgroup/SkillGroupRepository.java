package io.switchboard.domain.model.skillgroup;

import java.util.List;
import java.util.Optional;

/** Every method sees the current tenant's groups only (see TenantOwned). */
public interface SkillGroupRepository {

    void add(SkillGroup group);

    Optional<SkillGroup> find(long id);

    Optional<SkillGroup> findByName(String name);

    List<SkillGroup> list(int offset, int limit);

    long count();

    void remove(SkillGroup group);

    List<SkillGroup> findAll(java.util.Collection<Long> ids);

    /** The groups this agent is a member of. */
    List<SkillGroup> ofMember(long agentId);

    /** Enabled groups of one kind, in id order ("any free agent"). */
    List<SkillGroup> enabled(SkillGroupKind kind);
}
