package io.switchboard.interfaces.rest;

import io.switchboard.application.DeadLetterService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Messages that failed every redelivery (dead letters) of the caller's tenant: an inbound visitor message that
 * could not be processed, or a webhook call that kept failing. Retry sends one back to its queue; delete drops it.
 */
@Path("v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetterService deadLetters;

    @GET
    public Page<DeadLetterService.DeadLetterView> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        DeadLetterService.DeadLetters page = deadLetters.list(offset, limit);
        return new Page<>(page.items(), offset, limit, page.total());
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id) {
        deadLetters.retry(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") String id) {
        deadLetters.discard(id);
        return Response.noContent().build();
    }
}
