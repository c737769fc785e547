package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public List<UserAccount> search(Filter filter, int offset, int limit) {
        return where(filter).query(em, UserAccount.class, "select a from UserAccount a",
                        "order by case when a.employeeNo is null then 1 else 0 end, a.employeeNo, a.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return where(filter).query(em, Long.class, "select count(a) from UserAccount a", null).getSingleResult();
    }

    private static JpqlFilter where(Filter f) {
        return new JpqlFilter()
                .contains(f.employeeNo(), "lower(a.employeeNo) like :no escape '!'", "no")
                .contains(f.name(), "(lower(a.fullName) like :name escape '!' or lower(a.displayName) like :name escape '!'"
                        + " or lower(a.username) like :name escape '!')", "name")
                .contains(f.email(), "lower(a.email) like :email escape '!'", "email")
                .contains(f.mobile(), "lower(a.mobile) like :mobile escape '!'", "mobile")
                .when(f.role(), "a.role = :role", "role")
                .when(f.skillGroupId(), "exists (select g.id from SkillGroup g join g.members m"
                        + " where g.id = :group and m.agentId = a.id)", "group");
    }

    @Override
    public Optional<UserAccount> findByEmployeeNo(String employeeNo) {
        return em.createQuery("select a from UserAccount a where a.employeeNo = :no", UserAccount.class)
                .setParameter("no", employeeNo).getResultStream().findFirst();
    }

    @Override
    public void remove(UserAccount account) {
        em.remove(account);
    }

    @Override
    public boolean usernameTaken(String normalizedUsername) {
        // native SQL on purpose: the tenant filter must not hide another tenant's account
        Number n = (Number) em.createNativeQuery("select count(*) from user_account where username = ?1")
                .setParameter(1, normalizedUsername).getSingleResult();
        return n.longValue() > 0;
    }
}
