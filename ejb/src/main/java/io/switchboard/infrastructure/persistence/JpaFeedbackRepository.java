package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.feedback.FeedbackRepository;
import io.switchboard.domain.model.feedback.LeftMessage;
import io.switchboard.domain.model.feedback.SatisfactionRating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFeedbackRepository implements FeedbackRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(SatisfactionRating rating) {
        em.persist(rating);
    }

    @Override
    public void add(io.switchboard.domain.model.feedback.QaScore score) {
        em.persist(score);
    }

    @Override
    public Optional<io.switchboard.domain.model.feedback.QaScore> qaScoreOf(long conversationId) {
        return em.createQuery("select q from QaScore q where q.conversationId = :c",
                io.switchboard.domain.model.feedback.QaScore.class).setParameter("c", conversationId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<SatisfactionRating> ratingOf(long conversationId) {
        return em.createQuery("select r from SatisfactionRating r where r.conversationId = :c", SatisfactionRating.class)
                .setParameter("c", conversationId).getResultStream().findFirst();
    }

    @Override
    public List<SatisfactionRating> ratings(int offset, int limit) {
        return em.createQuery("select r from SatisfactionRating r order by r.id desc", SatisfactionRating.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countRatings() {
        return em.createQuery("select count(r) from SatisfactionRating r", Long.class).getSingleResult();
    }

    @Override
    public void add(LeftMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<LeftMessage> findLeftMessage(long id) {
        return em.createQuery("select m from LeftMessage m where m.id = :id", LeftMessage.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<LeftMessage> leftMessages(Boolean processed, int offset, int limit) {
        return em.createQuery("select m from LeftMessage m " + filter(processed) + " order by m.id desc", LeftMessage.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countLeftMessages(Boolean processed) {
        return em.createQuery("select count(m) from LeftMessage m " + filter(processed), Long.class).getSingleResult();
    }

    private static String filter(Boolean processed) {
        if (processed == null) {
            return "";
        }
        return processed ? "where m.processedAt is not null" : "where m.processedAt is null";
    }
}
