package io.switchboard.interfaces.rest;

import io.switchboard.application.VisitorTrailService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What is known of a visitor (CH-5): signed user, address, region, browser, and the page trail. */
@Path("v1/visitors")
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource {

    @Inject
    VisitorTrailService trail;

    @GET
    @Path("{visitorId}")
    public VisitorTrailService.VisitorProfileView profile(@PathParam("visitorId") String visitorId,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel,
            @QueryParam("pages") @DefaultValue("50") @Min(0) @Max(200) int pages) {
        return trail.profile(channel, visitorId, pages);
    }
}
