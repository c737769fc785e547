package io.switchboard.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    void add(UserAccount account);

    Optional<UserAccount> findByUsername(String normalizedUsername);
}
