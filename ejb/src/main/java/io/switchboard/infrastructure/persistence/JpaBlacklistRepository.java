package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.domain.model.blacklist.BlacklistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBlacklistRepository implements BlacklistRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(BlacklistEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<BlacklistEntry> find(long id) {
        return Optional.ofNullable(em.find(BlacklistEntry.class, id));
    }

    @Override
    public Optional<BlacklistEntry> find(BlacklistEntry.Kind kind, String value) {
        return em.createQuery("select b from BlacklistEntry b where b.kind = :k and b.value = :v", BlacklistEntry.class)
                .setParameter("k", kind).setParameter("v", value).getResultStream().findFirst();
    }

    @Override
    public List<BlacklistEntry> list(int offset, int limit) {
        return em.createQuery("select b from BlacklistEntry b order by b.id desc", BlacklistEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(b) from BlacklistEntry b", Long.class).getSingleResult();
    }

    @Override
    public void remove(BlacklistEntry entry) {
        em.remove(entry);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
