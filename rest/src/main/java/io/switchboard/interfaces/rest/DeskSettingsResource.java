package io.switchboard.interfaces.rest;

import io.switchboard.application.DeskSettingsService;
import io.switchboard.application.DeskSettingsService.DeskSettingsView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Workbench settings: service summary required before close, its categories, the CRM page (AG-2, AG-4). */
@Path("v1/desk-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeskSettingsResource {

    @Inject
    DeskSettingsService settings;

    @GET
    public DeskSettingsView current() {
        return settings.current();
    }

    @PUT
    public DeskSettingsView update(@NotNull @Valid DeskSettingsView update) {
        return settings.update(update);
    }
}
