package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.TenantRoutingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaRoutingSettingsRepository implements RoutingSettingsRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(TenantRoutingSettings settings) {
        em.persist(settings);
    }

    @Override
    public TenantRoutingSettings current() {
        return em.createQuery("select r from TenantRoutingSettings r", TenantRoutingSettings.class).getSingleResult();
    }

    @Override
    public TenantRoutingSettings lock() {
        return em.createQuery("select r from TenantRoutingSettings r", TenantRoutingSettings.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    @Override
    public RoutingSettings ofTenant(String tenantId) {
        return em.createQuery("select r from TenantRoutingSettings r where r.tenantId = :t", TenantRoutingSettings.class)
                .setParameter("t", tenantId).getResultStream().findFirst()
                .map(TenantRoutingSettings::current).orElseGet(RoutingSettings::defaults);
    }
}
