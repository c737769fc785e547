package io.switchboard.interfaces.rest;

import io.switchboard.domain.model.routing.RoutingStrategy;
import java.util.List;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** Skill groups of the API key's tenant. Another tenant's group answers 404, as if it did not exist. */
@Path("v1/skill-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillGroupResource {

    @Inject
    SkillGroupService groups;

    @GET
    public Page<SkillGroupDto> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(groups.list(offset, limit).stream().map(SkillGroupDto::of).toList(), offset, limit,
                groups.count());
    }

    @GET
    @Path("{id}")
    public SkillGroupDto get(@PathParam("id") long id) {
        return SkillGroupDto.of(groups.get(id));
    }

    @POST
    public Response create(@NotNull @Valid SkillGroupRequest request, @Context UriInfo uri) {
        SkillGroupKind kind = request.kind() == null ? SkillGroupKind.ONLINE : request.kind();
        SkillGroupDto created = SkillGroupDto.of(groups.create(request.name(), kind));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public SkillGroupDto update(@PathParam("id") long id, @NotNull @Valid SkillGroupRequest request) {
        return SkillGroupDto.of(groups.update(id, request.name(), request.enabled() == null || request.enabled()));
    }

    /** S2 picker j: {"regions":["四川","重庆"]}, the regions the group serves ([] = every region). */
    @PUT
    @Path("{id}/regions")
    public SkillGroupDto regions(@PathParam("id") long id, @NotNull @Valid RegionsRequest request) {
        return SkillGroupDto.of(groups.configureRegions(id, request.regions()));
    }

    public record RegionsRequest(@NotNull @jakarta.validation.constraints.Size(max = 20)
            List<@NotNull @jakarta.validation.constraints.Size(max = 50) String> regions) {
    }

    /** RT-3/RT-4: strategy (LEAST_BUSY, ROUND_ROBIN, LONGEST_IDLE, FEWEST_HANDLED_TODAY, MEMBER_PRIORITY) and reception limit. */
    @PUT
    @Path("{id}/routing")
    public SkillGroupDto routing(@PathParam("id") long id, @NotNull @Valid RoutingRequest request) {
        return SkillGroupDto.of(groups.configureRouting(id, request.strategy(), request.receptionLimit()));
    }

    /** RT-1: replaces the members; priority 1 is the highest. */
    @PUT
    @Path("{id}/members")
    public SkillGroupDto members(@PathParam("id") long id, @NotNull List<@NotNull @Valid MemberDto> members) {
        java.util.Map<Long, Integer> byAgent = new java.util.LinkedHashMap<>();
        for (MemberDto m : members) {
            if (byAgent.put(m.agentId(), m.priority() == null ? 1 : m.priority()) != null) {
                throw new IllegalArgumentException("agent " + m.agentId() + " is listed twice");
            }
        }
        return SkillGroupDto.of(groups.replaceMembers(id, byAgent));
    }

    public record RoutingRequest(@NotNull RoutingStrategy strategy, @Min(0) @Max(100000) int receptionLimit) {
    }

    public record MemberDto(@NotNull Long agentId, @Min(1) @Max(100) Integer priority) {
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }
}
