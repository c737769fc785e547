package io.switchboard.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/** What this transaction's persistence context already holds, looked up without a database read. */
final class InContext {

    private InContext() {
    }

    /** The managed entity of this type and id, or null when this transaction has not read it (yet). */
    static <T> T find(EntityManager em, Class<T> type, Object id) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        Object entity = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
        return type.isInstance(entity) ? type.cast(entity) : null;
    }
}
