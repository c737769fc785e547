package io.switchboard.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    void add(UserAccount account);

    Optional<UserAccount> findByUsername(String normalizedUsername);

    Optional<UserAccount> find(long id);

    /** Whether any tenant uses this login name (login names are unique across the installation). */
    boolean usernameTaken(String normalizedUsername);
}
