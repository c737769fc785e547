package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.domain.model.account.PasswordHasher;
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
            throw new ConflictException("tenant code '" + code + "' is taken");
        }
        Tenant tenant = new Tenant(code, name, clock.instant());
        tenants.add(tenant);
        routingSettings.add(TenantRoutingSettings.defaultsFor(tenant.getId(), clock.instant()));
        return tenant;
    }

    UserAccount createAccount(String tenantId, String username, String displayName, Role role, char[] password) {
        String normalized = UserAccount.normalizeUsername(username);
        if (accounts.usernameTaken(normalized)) {
            throw new ConflictException("user name '" + normalized + "' is taken");
        }
        UserAccount account = UserAccount.inTenant(tenantId, normalized, displayName, null, role,
                hasher.hash(password), clock.instant());
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
