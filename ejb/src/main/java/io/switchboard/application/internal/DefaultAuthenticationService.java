package io.switchboard.application.internal;

import io.switchboard.application.AuthenticationService;
import io.switchboard.application.LoginResult;
import io.switchboard.domain.model.account.LoginOutcome;
import io.switchboard.domain.model.account.PasswordHasher;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserAccountRepository accounts;
    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;

    @Override
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult authenticate(String username, char[] password) {
        Optional<UserAccount> found = username.isBlank()
                ? Optional.empty()
                : accounts.findByUsername(UserAccount.normalizeUsername(username));
        if (found.isEmpty()) {
            hasher.burnEquivalentWork(password);
            return LoginResult.failed(LoginOutcome.INVALID_CREDENTIALS, null);
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        // a locked or disabled account is refused without looking at the password
        boolean matches = account.isEnabled() && !account.isLockedAt(now)
                && hasher.verify(password, account.getPasswordHash());
        LoginOutcome outcome = account.recordLoginAttempt(matches, now, settings.loginPolicy());
        if (outcome != LoginOutcome.SUCCESS) {
            return LoginResult.failed(outcome, account.getLockedUntil());
        }
        return new LoginResult(outcome, account.getUsername(), account.getDisplayName(), account.getTenantId(),
                account.getRole(), null);
    }
}
