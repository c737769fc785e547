package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.apikey.ApiKey;
import io.switchboard.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ApiKey key) {
        em.persist(key);
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :h", ApiKey.class)
                .setParameter("h", keyHash).getResultStream().findFirst();
    }
}
