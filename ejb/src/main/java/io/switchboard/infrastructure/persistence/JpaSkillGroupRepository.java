package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSkillGroupRepository implements SkillGroupRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(SkillGroup group) {
        em.persist(group);
    }

    @Override
    public Optional<SkillGroup> find(long id) {
        return Optional.ofNullable(em.find(SkillGroup.class, id));
    }

    @Override
    public Optional<SkillGroup> findByName(String name) {
        return em.createQuery("select g from SkillGroup g where g.name = :n", SkillGroup.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<SkillGroup> list(int offset, int limit) {
        return em.createQuery("select g from SkillGroup g order by g.id", SkillGroup.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(g) from SkillGroup g", Long.class).getSingleResult();
    }

    @Override
    public void remove(SkillGroup group) {
        em.remove(group);
    }

    @Override
    public List<SkillGroup> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from SkillGroup g where g.id in :ids order by g.id", SkillGroup.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<SkillGroup> ofMember(long agentId) {
        return em.createQuery("select distinct g from SkillGroup g join g.members m where m.agentId = :a order by g.id",
                SkillGroup.class).setParameter("a", agentId).getResultList();
    }

    @Override
    public List<SkillGroup> enabled(io.switchboard.domain.model.skillgroup.SkillGroupKind kind) {
        return em.createQuery("select g from SkillGroup g where g.enabled = true and g.kind = :k order by g.id",
                SkillGroup.class).setParameter("k", kind).getResultList();
    }
}
