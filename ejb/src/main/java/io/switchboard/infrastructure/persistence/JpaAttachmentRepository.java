package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.attachment.Attachment;
import io.switchboard.domain.model.attachment.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public Optional<Attachment> find(String id) {
        return em.createQuery("select a from Attachment a where a.id = :id", Attachment.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
