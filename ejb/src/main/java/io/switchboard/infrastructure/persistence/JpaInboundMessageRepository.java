package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.message.InboundMessage;
import io.switchboard.domain.model.message.InboundMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaInboundMessageRepository implements InboundMessageRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(InboundMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<InboundMessage> findByClientMessageId(String clientMessageId) {
        return em.createQuery("select m from InboundMessage m where m.clientMessageId = :c", InboundMessage.class)
                .setParameter("c", clientMessageId).getResultStream().findFirst();
    }
}
