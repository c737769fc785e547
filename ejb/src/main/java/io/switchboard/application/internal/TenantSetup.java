package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.WeakPasswordException;
import io.switchboard.domain.model.account.PasswordHasher;
import io.switchboard.domain.model.account.PasswordPolicy;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.apikey.ApiKey;
import io.switchboard.domain.model.apikey.ApiKeyRepository;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.TenantRoutingSettings;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.tenant.Tenant;
import io.switchboard.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The steps of setting up a tenant, shared by tenant provisioning and the demo data. Runs inside the caller's
 * platform-level transaction.
 */
@ApplicationScoped
class TenantSetup {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    TenantRepository tenants;
    @Inject
    UserAccountRepository accounts;
    @Inject
    ApiKeyRepository apiKeys;
    @Inject
    RoutingSettingsRepository routingSettings;
    @Inject
    AgentSeatRepository seats;
    @Inject
    Clock clock;

    Tenant createTenant(String code, String name) {
        if (tenants.findByCode(code).isPresent()) {
            throw new ConflictException("code", "tenant code '" + code + "' is taken").coded("tenant.codeTaken", code);
        }
        Tenant tenant = new Tenant(code, name, clock.instant());
        tenants.add(tenant);
        routingSettings.add(TenantRoutingSettings.defaultsFor(tenant.getId(), clock.instant()));
        return tenant;
    }

    /**
     * Checks a new login name and its password, before anything is written: every way of adding an account (staff
     * form, agents API, tenant provisioning, demo data) goes through here, so one rule applies to all of them.
     *
     * @param usernameField the login name's field as the caller's request names it (username, adminUsername)
     * @param passwordField the password's field (password, adminPassword)
     * @return the normalized login name
     * @throws InvalidFieldException  blank or too long login name, or a password {@link PasswordPolicy} refuses
     * @throws ConflictException       the login name is taken (in any tenant: login names are global)
     */
    String checkCredentials(String usernameField, String username, String passwordField, String password) {
        if (username == null || username.isBlank()) {
            throw new InvalidFieldException(usernameField, "must not be blank").coded("account.usernameRequired");
        }
        String normalized = UserAccount.normalizeUsername(username);
        if (normalized.length() > UserAccount.MAX_USERNAME) {
            throw new InvalidFieldException(usernameField, "size must be between 1 and " + UserAccount.MAX_USERNAME)
                    .coded("account.usernameTooLong", UserAccount.MAX_USERNAME);
        }
        WeakPasswordException.requireAcceptable(passwordField, password, normalized);
        if (accounts.usernameTaken(normalized)) {
            throw new ConflictException(usernameField, "the login name '" + normalized + "' is taken")
                    .coded("account.usernameTaken", normalized);
        }
        return normalized;
    }

    /** A new account with its seat; the credentials are checked as by {@link #checkCredentials}. */
    UserAccount createAccount(String tenantId, String usernameField, String username, String displayName, Role role,
                              String passwordField, String password) {
        String normalized = checkCredentials(usernameField, username, passwordField, password);
        UserAccount account = UserAccount.inTenant(tenantId, normalized, displayName, null, role,
                hasher.hash(password.toCharArray()), clock.instant());
        accounts.add(account);
        seats.add(AgentSeat.inTenant(tenantId, account.getId(), account.getDisplayName(), clock.instant()));
        return account;
    }

    String issueApiKey(String tenantId, String name) {
        ApiKey.Issued issued = ApiKey.issue(tenantId, name, clock.instant());
        apiKeys.add(issued.key());
        return issued.plainKey();
    }
}
