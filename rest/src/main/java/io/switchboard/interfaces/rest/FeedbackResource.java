package io.switchboard.interfaces.rest;

import io.switchboard.application.FeedbackService;
import io.switchboard.application.FeedbackService.LeftMessageView;
import io.switchboard.application.FeedbackService.RatingView;
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

/** Satisfaction ratings (QA-1) and visitors' left messages (CH-7, 访客留言) with their processed state. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    public record ProcessedRequest(@NotNull Long agentId) {
    }

    @GET
    @Path("ratings")
    public Page<RatingView> ratings(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(feedback.ratings(offset, limit), offset, limit, feedback.countRatings());
    }

    /** {@code processed=false} lists the open ones, {@code true} the done ones, absent all. */
    @GET
    @Path("left-messages")
    public Page<LeftMessageView> leftMessages(@QueryParam("processed") Boolean processed,
                                              @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(feedback.leftMessages(processed, offset, limit), offset, limit,
                feedback.countLeftMessages(processed));
    }

    @POST
    @Path("left-messages/{id}/processed")
    public LeftMessageView processed(@PathParam("id") long id, @NotNull @Valid ProcessedRequest request) {
        return feedback.markProcessed(id, request.agentId());
    }
}
