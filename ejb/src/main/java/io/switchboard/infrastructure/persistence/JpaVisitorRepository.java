package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.visitor.PageView;
import io.switchboard.domain.model.visitor.VisitorProfile;
import io.switchboard.domain.model.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaVisitorRepository implements VisitorRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<VisitorProfile> find(String channel, String visitorId) {
        return em.createQuery("select p from VisitorProfile p where p.channel = :c and p.visitorId = :v", VisitorProfile.class)
                .setParameter("c", channel).setParameter("v", visitorId).getResultStream().findFirst();
    }

    @Override
    public boolean lock(String channel, String visitorId) {
        return !em.createQuery("select p.id from VisitorProfile p where p.channel = :c and p.visitorId = :v", Long.class)
                .setParameter("c", channel).setParameter("v", visitorId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }

    @Override
    public java.util.Map<String, VisitorProfile> findAll(String channel, java.util.Collection<String> visitorIds) {
        java.util.Map<String, VisitorProfile> found = new java.util.HashMap<>();
        if (!visitorIds.isEmpty()) {
            em.createQuery("select p from VisitorProfile p where p.channel = :c and p.visitorId in :v", VisitorProfile.class)
                    .setParameter("c", channel).setParameter("v", visitorIds).getResultList()
                    .forEach(p -> found.put(p.getVisitorId(), p));
        }
        return found;
    }

    @Override
    public java.util.Map<String, PageView> latestPages(java.util.Collection<String> visitorIds) {
        java.util.Map<String, PageView> latest = new java.util.HashMap<>();
        if (!visitorIds.isEmpty()) {
            // the newest row per visitor (ix_page_view_visitor answers the inner maximum per visitor)
            em.createQuery("select v from PageView v where v.visitorId in :v and v.viewedAt = "
                    + "(select max(w.viewedAt) from PageView w where w.visitorId = v.visitorId)", PageView.class)
                    .setParameter("v", visitorIds).getResultList()
                    .forEach(v -> latest.merge(v.getVisitorId(), v, (a, b) -> a.getId() > b.getId() ? a : b));
        }
        return latest;
    }

    @Override
    public void add(VisitorProfile profile) {
        em.persist(profile);
    }

    @Override
    public void add(PageView view) {
        em.persist(view);
    }

    @Override
    public List<PageView> pageViews(String visitorId, int offset, int limit) {
        return em.createQuery("select v from PageView v where v.visitorId = :v order by v.viewedAt desc, v.id desc",
                PageView.class).setParameter("v", visitorId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPageViews(String visitorId) {
        return em.createQuery("select count(v) from PageView v where v.visitorId = :v", Long.class)
                .setParameter("v", visitorId).getSingleResult();
    }
}
