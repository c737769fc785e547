package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.message.ImWebhook;
import io.switchboard.domain.model.message.ImWebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaImWebhookRepository implements ImWebhookRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ImWebhook webhook) {
        em.persist(webhook);
    }

    @Override
    public Optional<ImWebhook> current() {
        return em.createQuery("select w from ImWebhook w", ImWebhook.class).getResultStream().findFirst();
    }
}
