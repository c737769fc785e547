package io.switchboard.interfaces.rest;

import io.switchboard.application.ConversationService;
import io.switchboard.application.QueueItemView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The live queue (RT-7): who waits, in service order, with each visitor's current position. One answer is one
 * snapshot of the queue: items, positions and total agree even while visitors join and leave.
 */
@Path("v1/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    ConversationService conversations;

    @GET
    public Page<QueueItemView> queue(@QueryParam("skillGroupId") Long skillGroupId,
                                     @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                     @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        ConversationService.QueuePage queue = conversations.queue(skillGroupId, offset, limit);
        return new Page<>(queue.items(), offset, limit, queue.total());
    }
}
