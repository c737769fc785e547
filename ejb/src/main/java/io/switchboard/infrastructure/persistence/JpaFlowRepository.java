package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.flow.Flow;
import io.switchboard.domain.model.flow.FlowRepository;
import io.switchboard.domain.model.flow.FlowVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFlowRepository implements FlowRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Flow flow) {
        em.persist(flow);
    }

    @Override
    public Optional<Flow> find(long id) {
        return em.createQuery("select f from Flow f where f.id = :id", Flow.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Flow> lock(long id) {
        return em.createQuery("select f from Flow f where f.id = :id", Flow.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Flow> findByName(String name) {
        return em.createQuery("select f from Flow f where f.name = :name", Flow.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Flow> search(String query, int offset, int limit) {
        return where(Flow.class, "select f", query, " order by f.name, f.id").setFirstResult(offset)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String query) {
        return where(Long.class, "select count(f)", query, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(Class<T> type, String select, String query, String order) {
        boolean hasQuery = LikePattern.given(query);
        TypedQuery<T> q = em.createQuery(select + " from Flow f" + (hasQuery
                ? " where lower(f.name) like :q escape '!' or lower(f.description) like :q escape '!'" : "") + order, type);
        if (hasQuery) {
            q.setParameter("q", LikePattern.contains(query));
        }
        return q;
    }

    @Override
    public void remove(Flow flow) {
        em.createQuery("delete from FlowVersion v where v.flowId = :id").setParameter("id", flow.getId()).executeUpdate();
        em.remove(flow);
    }

    @Override
    public void addVersion(FlowVersion version) {
        em.persist(version);
    }

    @Override
    public List<FlowVersion> versions(long flowId) {
        return em.createQuery("select v from FlowVersion v where v.flowId = :id order by v.version desc", FlowVersion.class)
                .setParameter("id", flowId).getResultList();
    }

    @Override
    public Optional<FlowVersion> version(long flowId, int version) {
        return em.createQuery("select v from FlowVersion v where v.flowId = :id and v.version = :v", FlowVersion.class)
                .setParameter("id", flowId).setParameter("v", version).getResultStream().findFirst();
    }

    @Override
    public Optional<io.switchboard.domain.model.flow.ConversationFlow> run(long conversationId) {
        // a flow step reads the run more than once in its transaction (the call's answer checks it, then steps):
        // the copy this transaction holds is current, so only the first read goes to the database (a profile of the
        // flows load put this query's SQL translation, redone on every execution, among the hottest spots)
        io.switchboard.domain.model.flow.ConversationFlow held = InContext.find(em,
                io.switchboard.domain.model.flow.ConversationFlow.class, conversationId);
        if (held != null) {
            return Optional.of(held);
        }
        return em.createQuery("select r from ConversationFlow r where r.conversationId = :id",
                io.switchboard.domain.model.flow.ConversationFlow.class).setParameter("id", conversationId)
                .getResultStream().findFirst();
    }

    @Override
    public void addRun(io.switchboard.domain.model.flow.ConversationFlow run) {
        em.persist(run);
    }
}
