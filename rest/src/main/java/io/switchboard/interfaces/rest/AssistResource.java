package io.switchboard.interfaces.rest;

import io.switchboard.application.AgentAssistService;
import io.switchboard.application.AgentAssistService.Pick;
import io.switchboard.application.AgentAssistService.Suggestions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Agent assist (FL-4): three suggested answers for a visitor's line of a conversation (the latest, or {@code seq}),
 * and the answer an agent chose, which ranks that answer higher for similar questions from then on.
 */
@Path("v1/conversations/{id}/assist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistResource {

    @Inject
    AgentAssistService assist;

    @GET
    public Suggestions suggest(@PathParam("id") long id, @QueryParam("seq") @Min(1) Long seq) {
        return assist.suggest(id, seq);
    }

    @POST
    @Path("picks")
    public Response pick(@PathParam("id") long id, @NotNull @Valid Pick pick) {
        assist.pick(id, pick.seq(), pick.botId(), pick.ruleId());
        return Response.noContent().build();
    }
}
