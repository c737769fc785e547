package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.audit.AuditEntry;
import io.switchboard.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(Filter filter, int offset, int limit) {
        return where(filter).query(em, AuditEntry.class, "select a from AuditEntry a", "order by a.at desc, a.id desc")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return where(filter).query(em, Long.class, "select count(a) from AuditEntry a", null).getSingleResult();
    }

    private static JpqlFilter where(Filter f) {
        return new JpqlFilter()
                .when(f.actor(), "a.actor = :actor", "actor")
                .when(f.targetType(), "a.targetType = :type", "type")
                .when(f.from(), "a.at >= :from", "from")
                .when(f.to(), "a.at < :to", "to")
                .contains(f.text(), "(lower(a.action) like :q escape '!' or lower(a.targetId) like :q escape '!'"
                        + " or lower(a.beforeJson) like :q escape '!' or lower(a.afterJson) like :q escape '!')", "q");
    }
}
