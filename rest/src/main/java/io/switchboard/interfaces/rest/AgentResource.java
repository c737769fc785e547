package io.switchboard.interfaces.rest;

import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Agents of the API key's tenant: accounts, seat status (RT-13) and caps (RT-4). */
@Path("v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

    @Inject
    AgentSeatService agents;
    @Inject
    ConversationService conversations;

    /** The password's rules are the service's ({@code PasswordPolicy}), the same for every way an account is made. */
    public record NewAgentRequest(@NotBlank @Size(max = 100) String username, @Size(max = 100) String displayName,
            String password, @Min(0) @Max(200) Integer maxConcurrent) {
    }

    public record StatusRequest(@NotBlank String status) {
    }

    public record CapRequest(@Min(0) @Max(200) Integer maxConcurrent) {
    }

    @POST
    public Response create(@NotNull @Valid NewAgentRequest request, @Context UriInfo uri) {
        AgentSeatView created = agents.createAgent(request.username(), request.displayName(), request.password(),
                request.maxConcurrent());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.agentId())).build())
                .entity(created).build();
    }

    @GET
    public Page<AgentSeatView> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(agents.list(offset, limit), offset, limit, agents.count());
    }

    @GET
    @Path("{id}")
    public AgentSeatView get(@PathParam("id") long id) {
        return agents.get(id);
    }

    /** ONLINE (示闲), BUSY (示忙), BREAK (小休) or OFFLINE. */
    @PUT
    @Path("{id}/status")
    public AgentSeatView status(@PathParam("id") long id, @NotNull @Valid StatusRequest request) {
        return agents.changeStatus(id, request.status());
    }

    /** "Continue" out of wrap-up. */
    @POST
    @Path("{id}/continue")
    public AgentSeatView continueWork(@PathParam("id") long id) {
        return agents.finishWrapUp(id);
    }

    @POST
    @Path("{id}/force-offline")
    public AgentSeatView forceOffline(@PathParam("id") long id) {
        return agents.forceOffline(id);
    }

    @POST
    @Path("{id}/restore")
    public AgentSeatView restore(@PathParam("id") long id) {
        return agents.restore(id);
    }

    @PUT
    @Path("{id}/cap")
    public AgentSeatView cap(@PathParam("id") long id, @NotNull @Valid CapRequest request) {
        return agents.setCap(id, request.maxConcurrent());
    }

    /** AG-5 "my records": conversations this agent served that have ended, searched in visitor and transcript. */
    @GET
    @Path("{id}/records")
    public Page<ConversationView> records(@PathParam("id") long id,
            @QueryParam("q") @Size(max = 100) String query,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        agents.get(id); // 404 for an unknown agent
        return new Page<>(conversations.records(id, query, offset, limit), offset, limit, conversations.countRecords(id, query));
    }
}
