package io.switchboard.interfaces.rest;

import io.switchboard.application.RoutingSettingsService;
import io.switchboard.domain.model.routing.RoutingSettings;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's conversation settings (对话设置, RT-4..RT-12): read them, change what you need, put them back. */
@Path("v1/routing-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingSettingsResource {

    @Inject
    RoutingSettingsService settings;

    @GET
    public RoutingSettings get() {
        return settings.current();
    }

    @PUT
    public RoutingSettings put(@NotNull @Valid RoutingSettings newSettings) {
        return settings.update(newSettings);
    }
}
