package io.switchboard.application;

import io.switchboard.domain.model.account.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public interface TenantProvisioningService {

    /** Creates a tenant, its administrator and a first API key. */
    ProvisionedTenant provision(@NotNull @Valid NewTenant tenant);

    /** Adds an account to a named tenant (platform level: demo data, tenant set-up). */
    void addAccount(@NotNull String tenantId, @NotNull String username, @NotNull String displayName, @NotNull Role role,
                    @NotNull char[] password);
}
