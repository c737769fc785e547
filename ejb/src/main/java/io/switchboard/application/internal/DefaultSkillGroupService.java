package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

@Stateless
public class DefaultSkillGroupService implements SkillGroupService {

    @Inject
    SkillGroupRepository groups;
    @Inject
    Clock clock;

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
        return groups.find(id).orElseThrow(() -> new NotFoundException("skill group " + id + " not found"));
    }

    @Override
    public SkillGroup create(String name, SkillGroupKind kind) {
        requireFreeName(name.trim(), null);
        SkillGroup group = new SkillGroup(name, kind, clock.instant());
        groups.add(group);
        return group;
    }

    @Override
    public SkillGroup update(long id, String name, boolean enabled) {
        SkillGroup group = get(id);
        requireFreeName(name.trim(), group.getId());
        group.rename(name);
        if (enabled) {
            group.enable();
        } else {
            group.disable();
        }
        return group;
    }

    @Override
    public void delete(long id) {
        groups.remove(get(id));
    }

    private void requireFreeName(String name, Long exceptId) {
        groups.findByName(name).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new ConflictException("a skill group named '" + name + "' exists");
        });
    }
}
