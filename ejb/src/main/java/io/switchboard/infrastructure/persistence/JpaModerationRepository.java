package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.moderation.ContentPolicy;
import io.switchboard.domain.model.moderation.ModerationRepository;
import io.switchboard.domain.model.moderation.SensitiveWord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaModerationRepository implements ModerationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SensitiveWord> words(int offset, int limit) {
        return em.createQuery("select w from SensitiveWord w order by w.word", SensitiveWord.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> allWords() {
        return em.createQuery("select w.word from SensitiveWord w", String.class).getResultList();
    }

    @Override
    public long countWords() {
        return em.createQuery("select count(w) from SensitiveWord w", Long.class).getSingleResult();
    }

    @Override
    public Optional<SensitiveWord> findWord(String normalisedWord) {
        return em.createQuery("select w from SensitiveWord w where w.word = :w", SensitiveWord.class)
                .setParameter("w", normalisedWord).getResultStream().findFirst();
    }

    @Override
    public Optional<SensitiveWord> findWord(long id) {
        return em.createQuery("select w from SensitiveWord w where w.id = :id", SensitiveWord.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(SensitiveWord word) {
        em.persist(word);
    }

    @Override
    public void remove(SensitiveWord word) {
        em.remove(word);
    }

    @Override
    public Optional<ContentPolicy> policy() {
        return em.createQuery("select p from ContentPolicy p", ContentPolicy.class).getResultStream().findFirst();
    }

    @Override
    public void add(ContentPolicy policy) {
        em.persist(policy);
    }
}
