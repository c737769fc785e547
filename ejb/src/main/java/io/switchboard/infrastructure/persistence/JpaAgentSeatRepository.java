package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.seat.AgentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAgentSeatRepository implements AgentSeatRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AgentSeat seat) {
        em.persist(seat);
    }

    @Override
    public Optional<AgentSeat> find(long agentId) {
        return Optional.ofNullable(em.find(AgentSeat.class, agentId));
    }

    @Override
    public List<AgentSeat> findAll(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from AgentSeat s where s.agentId in :ids", AgentSeat.class)
                .setParameter("ids", agentIds).getResultList();
    }

    @Override
    public List<AgentSeat> list(int offset, int limit) {
        return em.createQuery("select s from AgentSeat s order by s.agentId", AgentSeat.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from AgentSeat s", Long.class).getSingleResult();
    }

    @Override
    public List<AgentSeat> allWithDeadlines() {
        return em.createQuery("select s from AgentSeat s where s.status = :w or s.disconnectedAt is not null",
                AgentSeat.class).setParameter("w", AgentStatus.WRAP_UP).getResultList();
    }

    @Override
    public List<AgentSeat> signedInConnectedThroughNoKnownNode() {
        return em.createQuery("select s from AgentSeat s where s.status <> :off and s.disconnectedAt is null "
                        + "and s.connectedNode is null",
                AgentSeat.class).setParameter("off", AgentStatus.OFFLINE).getResultList();
    }

    @Override
    public boolean notConnectedTo(long agentId, String node) {
        return !em.createQuery("select s.agentId from AgentSeat s where s.agentId = :a and (s.disconnectedAt is not null "
                        + "or s.connectedNode is null or s.connectedNode <> :node)", Long.class)
                .setParameter("a", agentId).setParameter("node", node).getResultList().isEmpty();
    }

    @Override
    public List<AgentSeat> connectedThrough(Collection<String> nodes) {
        return em.createQuery("select s from AgentSeat s where s.connectedNode in :nodes and s.disconnectedAt is null",
                AgentSeat.class).setParameter("nodes", nodes).getResultList();
    }

    @Override
    public boolean anySignedIn(Collection<Long> agentIds) {
        return !agentIds.isEmpty() && !em.createQuery("select s.agentId from AgentSeat s where s.agentId in :a "
                + "and s.status <> :off", Long.class).setParameter("a", agentIds).setParameter("off", AgentStatus.OFFLINE)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
