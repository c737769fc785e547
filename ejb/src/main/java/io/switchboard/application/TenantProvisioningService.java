package io.switchboard.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public interface TenantProvisioningService {

    /** Creates a tenant, its administrator and a first API key. */
    ProvisionedTenant provision(@NotNull @Valid NewTenant tenant);
}
