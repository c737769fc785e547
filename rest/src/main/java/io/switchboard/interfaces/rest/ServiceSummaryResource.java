package io.switchboard.interfaces.rest;

import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.ServiceSummaryService.SummaryView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Service summaries (服务小结) to process: unprocessed and processed (seed 002 §2.7). */
@Path("v1/service-summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceSummaryResource {

    @Inject
    ServiceSummaryService summaries;

    public record ProcessRequest(@NotNull Long accountId) {
    }

    @GET
    public Page<SummaryView> list(@QueryParam("processed") Boolean processed,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(summaries.list(processed, offset, limit), offset, limit, summaries.count(processed));
    }

    @POST
    @Path("{conversationId}/processed")
    public SummaryView processed(@PathParam("conversationId") long conversationId, @NotNull @Valid ProcessRequest r) {
        return summaries.markProcessed(conversationId, r.accountId());
    }
}
