package io.switchboard.infrastructure.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A named lease in the database ({@code cluster_lease}) that one node holds at a time: the holder renews it on
 * every run of its once-per-cluster work; when the holder stops renewing (it died, or lost the database), the lease
 * runs out and the next node that asks takes it. The database decides, so there is no election protocol and no
 * split brain: two nodes never both succeed in the same conditional update.
 */
@Stateless
public class ClusterLease {

    @PersistenceContext
    EntityManager em;

    /**
     * Takes or renews the lease {@code name} for {@code holder} until {@code now + ttl}.
     *
     * @return whether {@code holder} holds it now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hold(String name, String holder, Instant now, Duration ttl) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(ttl), ZoneOffset.UTC);
        int renewed = em.createNativeQuery("UPDATE cluster_lease SET holder = ?1, valid_until = ?2 "
                        + "WHERE name = ?3 AND (holder = ?1 OR valid_until < ?4)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, name).setParameter(4, at)
                .executeUpdate();
        if (renewed == 1) {
            return true;
        }
        // first use: a concurrent insert by another node fails on the primary key and this node simply does not hold it
        return em.createNativeQuery("INSERT INTO cluster_lease (name, holder, valid_until) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM cluster_lease WHERE name = ?1)")
                .setParameter(1, name).setParameter(2, holder).setParameter(3, until).executeUpdate() == 1;
    }
}
