package io.switchboard.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    void add(UserAccount account);

    Optional<UserAccount> findByUsername(String normalizedUsername);

    Optional<UserAccount> find(long id);

    /** Staff of the current tenant matching every given filter (null = any), by employee number then id. */
    List<UserAccount> search(Filter filter, int offset, int limit);

    long count(Filter filter);

    Optional<UserAccount> findByEmployeeNo(String employeeNo);

    void remove(UserAccount account);

    /** Text filters match part of the value, case-insensitively; the group and role match exactly. */
    record Filter(String employeeNo, String name, String email, String mobile, Long skillGroupId, Role role) {
    }

    /** Whether any tenant uses this login name (login names are unique across the installation). */
    boolean usernameTaken(String normalizedUsername);
}
