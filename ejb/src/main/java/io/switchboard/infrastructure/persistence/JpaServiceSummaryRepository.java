package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.summary.ServiceSummary;
import io.switchboard.domain.model.summary.ServiceSummaryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaServiceSummaryRepository implements ServiceSummaryRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ServiceSummary> find(long conversationId) {
        return Optional.ofNullable(em.find(ServiceSummary.class, conversationId));
    }

    @Override
    public void add(ServiceSummary summary) {
        em.persist(summary);
    }

    @Override
    public List<ServiceSummary> list(Boolean processed, int offset, int limit) {
        return query(ServiceSummary.class, "select s", processed, " order by s.writtenAt desc")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Boolean processed) {
        return query(Long.class, "select count(s)", processed, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, Boolean processed, String order) {
        String where = processed == null ? "" : processed ? " where s.processedAt is not null" : " where s.processedAt is null";
        return em.createQuery(select + " from ServiceSummary s" + where + order, type);
    }
}
