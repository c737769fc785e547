package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.desk.DeskSettings;
import io.switchboard.domain.model.desk.DeskSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaDeskSettingsRepository implements DeskSettingsRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DeskSettings> find() {
        return em.createQuery("select d from DeskSettings d", DeskSettings.class).getResultStream().findFirst();
    }

    @Override
    public void add(DeskSettings settings) {
        em.persist(settings);
    }
}
