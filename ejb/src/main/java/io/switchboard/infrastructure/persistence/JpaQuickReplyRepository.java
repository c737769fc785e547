package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.quickreply.QuickReply;
import io.switchboard.domain.model.quickreply.QuickReplyCategory;
import io.switchboard.domain.model.quickreply.QuickReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuickReplyRepository implements QuickReplyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<QuickReply> search(Long agentId, String query, Long categoryId, int offset, int limit) {
        return where(QuickReply.class, "select q", agentId, query, categoryId,
                " order by case when q.ownerAgentId is null then 0 else 1 end, q.title, q.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Long agentId, String query, Long categoryId) {
        return where(Long.class, "select count(q)", agentId, query, categoryId, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(Class<T> type, String select, Long agentId, String query, Long categoryId, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from QuickReply q where ")
                .append(agentId == null ? "q.ownerAgentId is null" : "(q.ownerAgentId is null or q.ownerAgentId = :agent)");
        boolean hasQuery = LikePattern.given(query);
        if (hasQuery) {
            jpql.append(" and (lower(q.title) like :q escape '!' or lower(q.body) like :q escape '!')");
        }
        if (categoryId != null) {
            jpql.append(" and q.categoryId = :category");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (agentId != null) {
            q.setParameter("agent", agentId);
        }
        if (hasQuery) {
            q.setParameter("q", LikePattern.contains(query));
        }
        if (categoryId != null) {
            q.setParameter("category", categoryId);
        }
        return q;
    }

    @Override
    public Optional<QuickReply> find(long id) {
        return Optional.ofNullable(em.find(QuickReply.class, id));
    }

    @Override
    public void add(QuickReply reply) {
        em.persist(reply);
    }

    @Override
    public void remove(QuickReply reply) {
        em.remove(reply);
    }

    @Override
    public List<QuickReplyCategory> categories(Long agentId) {
        String jpql = "select c from QuickReplyCategory c where "
                + (agentId == null ? "c.ownerAgentId is null" : "(c.ownerAgentId is null or c.ownerAgentId = :agent)")
                + " order by case when c.ownerAgentId is null then 0 else 1 end, c.sortOrder, c.name";
        TypedQuery<QuickReplyCategory> q = em.createQuery(jpql, QuickReplyCategory.class);
        if (agentId != null) {
            q.setParameter("agent", agentId);
        }
        return q.getResultList();
    }

    @Override
    public Optional<QuickReplyCategory> findCategory(long id) {
        return Optional.ofNullable(em.find(QuickReplyCategory.class, id));
    }

    @Override
    public void add(QuickReplyCategory category) {
        em.persist(category);
    }

    @Override
    public void remove(QuickReplyCategory category) {
        em.createQuery("update QuickReply q set q.categoryId = null where q.categoryId = :c")
                .setParameter("c", category.getId()).executeUpdate();
        em.remove(category);
    }
}
