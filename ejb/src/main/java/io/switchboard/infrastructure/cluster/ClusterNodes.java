package io.switchboard.infrastructure.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** The node says it is alive at {@code now}. */
    public void beat(String node, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int renewed = em.createNativeQuery("UPDATE cluster_node SET seen_at = ?1 WHERE id = ?2")
                .setParameter(1, at).setParameter(2, node).executeUpdate();
        if (renewed == 0) {
            em.createNativeQuery("INSERT INTO cluster_node (id, seen_at) SELECT ?1, ?2 "
                            + "WHERE NOT EXISTS (SELECT 1 FROM cluster_node WHERE id = ?1)")
                    .setParameter(1, node).setParameter(2, at).executeUpdate();
        }
    }

    /** Nodes not heard from since {@code cutoff}. */
    @SuppressWarnings("unchecked")
    public List<String> silentSince(Instant cutoff) {
        return em.createNativeQuery("SELECT id FROM cluster_node WHERE seen_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).getResultList();
    }

    public void forget(Collection<String> nodes) {
        nodes.forEach(n -> em.createNativeQuery("DELETE FROM cluster_node WHERE id = ?1").setParameter(1, n).executeUpdate());
    }
}
