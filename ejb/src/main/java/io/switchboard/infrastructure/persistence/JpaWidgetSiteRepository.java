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
    public Optional<WidgetSite> findBySiteKey(String siteKey) {
        return em.createQuery("select s from WidgetSite s where s.siteKey = :k", WidgetSite.class)
                .setParameter("k", siteKey).getResultStream().findFirst();
    }
}
