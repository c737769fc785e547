package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaWidgetSiteRepository implements WidgetSiteRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(WidgetSite site) {
        em.persist(site);
    }

    @Override
    public Optional<WidgetSite> find(long id) {
        return em.createQuery("select s from WidgetSite s where s.id = :id and s.deletedAt is null", WidgetSite.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<WidgetSite> findBySiteKey(String siteKey) {
        return em.createQuery("select s from WidgetSite s where s.siteKey = :k and s.deletedAt is null", WidgetSite.class)
                .setParameter("k", siteKey).getResultStream().findFirst();
    }

    @Override
    public java.util.List<WidgetSite> list(int offset, int limit) {
        return em.createQuery("select s from WidgetSite s where s.deletedAt is null order by s.id", WidgetSite.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from WidgetSite s where s.deletedAt is null", Long.class).getSingleResult();
    }
}
