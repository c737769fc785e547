package io.switchboard.application.internal;

import io.switchboard.application.AuthenticationService;
import io.switchboard.application.LoginResult;
import io.switchboard.domain.model.account.LoginOutcome;
import io.switchboard.domain.model.account.LoginThrottle;
import io.switchboard.domain.model.account.PasswordHasher;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    UserAccountRepository accounts;
    @Inject
    LoginThrottles throttles;
    @Inject
    Clock clock;

    @Override
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult authenticate(String username, char[] password, String clientAddress) {
        String name = username.isBlank() ? "" : UserAccount.normalizeUsername(username);
        LoginThrottle throttle = throttles.get();
        Instant now = clock.instant();
        LoginThrottle.Verdict verdict = throttle.check(name, clientAddress, now);
        if (!verdict.allowed()) {
            LOG.warning(() -> "login refused without a password check (" + verdict.kind() + ") for '" + name
                    + "' from " + clientAddress);
            return LoginResult.failed(verdict.kind() == LoginThrottle.Kind.LOCKED ? LoginOutcome.LOCKED
                    : LoginOutcome.THROTTLED, verdict.retryAfter());
        }
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
        boolean matches;
        if (found.isEmpty()) {
            hasher.burnEquivalentWork(password); // an unknown name costs as much time as a known one
            matches = false;
        } else {
            matches = hasher.verify(password, found.get().getPasswordHash());
        }
        if (!matches) {
            LoginThrottle.Verdict after = throttle.failed(name, clientAddress, now);
            if (after.kind() == LoginThrottle.Kind.LOCKED) {
                LOG.warning(() -> "login name '" + name + "' locked for " + clientAddress + " after repeated failures");
                return LoginResult.failed(LoginOutcome.LOCKED, after.retryAfter());
            }
            return LoginResult.failed(LoginOutcome.INVALID_CREDENTIALS, null);
        }
        throttle.succeeded(name, clientAddress);
        UserAccount account = found.get();
        if (!account.isEnabled()) {
            return LoginResult.failed(LoginOutcome.DISABLED, null);
        }
        return new LoginResult(LoginOutcome.SUCCESS, account.getUsername(), account.getDisplayName(),
                account.getTenantId(), account.getRole(), null, account.getSessionEpoch());
    }

    @Override
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalInt sessionEpoch(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username)).filter(UserAccount::isEnabled)
                .map(a -> OptionalInt.of(a.getSessionEpoch())).orElse(OptionalInt.empty());
    }

    @Override
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public java.util.Optional<LoginResult> account(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username)).filter(UserAccount::isEnabled)
                .map(a -> new LoginResult(LoginOutcome.SUCCESS, a.getUsername(), a.getDisplayName(), a.getTenantId(),
                        a.getRole(), null, a.getSessionEpoch()));
    }
}
