package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<UserAccount> findByUsername(String normalizedUsername) {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", normalizedUsername)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public boolean usernameTaken(String normalizedUsername) {
        // native SQL on purpose: the tenant filter must not hide another tenant's account
        Number n = (Number) em.createNativeQuery("select count(*) from user_account where username = ?1")
                .setParameter(1, normalizedUsername).getSingleResult();
        return n.longValue() > 0;
    }
}
