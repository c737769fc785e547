package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.tenant.Tenant;
import io.switchboard.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        // identity-keyed tenant rows (accounts, groups) are inserted at persist time and reference this row
        em.flush();
    }

    @Override
    public Optional<Tenant> findByCode(String code) {
        return em.createQuery("select t from Tenant t where t.code = :code", Tenant.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
    }
}
