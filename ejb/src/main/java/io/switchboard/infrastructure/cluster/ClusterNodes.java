package io.switchboard.infrastructure.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The nodes that are alive, as the database sees them ({@code cluster_node}): each renews its row on every deadline
 * sweep, and one that stopped renewing is gone. The database decides, as for {@link ClusterLease}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterNodes {

    @PersistenceContext
    EntityManager em;

    /** The node says it is alive now (the database's time, so the nodes' clocks do not matter). */
    public void beat(String node) {
        int renewed = em.createNativeQuery("UPDATE cluster_node SET seen_at = CURRENT_TIMESTAMP WHERE id = ?1")
                .setParameter(1, node).executeUpdate();
        if (renewed == 0) {
            em.createNativeQuery("INSERT INTO cluster_node (id, seen_at) SELECT ?1, CURRENT_TIMESTAMP "
                    + "WHERE NOT EXISTS (SELECT 1 FROM cluster_node WHERE id = ?1)").setParameter(1, node).executeUpdate();
        }
    }

    /** Nodes not heard from for {@code silence} (database time). */
    @SuppressWarnings("unchecked")
    public List<String> silentFor(Duration silence) {
        // a whole number of seconds, written into the statement: an interval cannot be a parameter on both databases
        return em.createNativeQuery("SELECT id FROM cluster_node WHERE seen_at < CURRENT_TIMESTAMP - INTERVAL '"
                + Math.max(1, silence.toSeconds()) + "' SECOND").getResultList();
    }

    public void forget(Collection<String> nodes) {
        nodes.forEach(n -> em.createNativeQuery("DELETE FROM cluster_node WHERE id = ?1").setParameter(1, n).executeUpdate());
    }
}
