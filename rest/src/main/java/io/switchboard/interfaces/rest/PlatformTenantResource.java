package io.switchboard.interfaces.rest;

import io.switchboard.application.NewTenant;
import io.switchboard.application.ProvisionedTenant;
import io.switchboard.application.TenantProvisioningService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The platform level above tenants (MT-1): opens a tenant with its administrator and first API key. */
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantResource {

    @Inject
    TenantProvisioningService provisioning;

    @POST
    public Response create(@NotNull PlatformTenantRequest request) {
        ProvisionedTenant tenant = provisioning.provision(new NewTenant(request.code(), request.name(),
                request.adminUsername(), request.adminPassword()));
        return Response.status(Response.Status.CREATED).entity(tenant).build();
    }
}
