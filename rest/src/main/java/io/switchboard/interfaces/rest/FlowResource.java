package io.switchboard.interfaces.rest;

import io.switchboard.application.FlowService;
import io.switchboard.application.FlowService.FlowDetail;
import io.switchboard.application.FlowService.FlowSummary;
import io.switchboard.application.FlowService.VersionView;
import io.switchboard.application.RejectedContentException;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowProblem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Conversation flows (会话服务流, FL-1): a draft is saved as it is and its problems are listed; publishing refuses a
 * flow with problems (422, each problem named at its node) and otherwise makes the draft the next version; a
 * version can be made active again (rollback); a flow is exported and imported as JSON.
 */
@Path("v1/flows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlowResource {

    @Inject
    FlowService flows;

    public record FlowRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
                              FlowGraph graph) {
    }

    public record DescribeRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description) {
    }

    public record Problems(List<FlowProblem> problems) {
    }

    @GET
    public Page<FlowSummary> search(@QueryParam("q") @Size(max = 100) String query,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        FlowService.FlowPage page = flows.search(query, offset, limit);
        return new Page<>(page.items(), offset, limit, page.total());
    }

    @POST
    public Response create(@NotNull @Valid FlowRequest r, @Context UriInfo uri) {
        FlowDetail created = flows.create(r.name(), r.description(), r.graph());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.flow().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public FlowDetail get(@PathParam("id") long id) {
        return flows.get(id);
    }

    @PUT
    @Path("{id}")
    public FlowDetail describe(@PathParam("id") long id, @NotNull @Valid DescribeRequest r) {
        return flows.describe(id, r.name(), r.description());
    }

    /** Saves the draft graph as it is; the answer lists its problems. */
    @PUT
    @Path("{id}/draft")
    public FlowDetail saveDraft(@PathParam("id") long id, @NotNull FlowGraph graph) {
        return flows.saveDraft(id, graph);
    }

    @POST
    @Path("{id}/validate")
    public Problems validate(@PathParam("id") long id) {
        return new Problems(flows.validate(id));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") long id, @Context UriInfo uri) {
        VersionView v = flows.publish(id);
        return Response.created(uri.getBaseUriBuilder().path("v1/flows/{id}/versions/{v}").build(id, v.version()))
                .entity(v).build();
    }

    @GET
    @Path("{id}/versions/{version}")
    public FlowGraph version(@PathParam("id") long id, @PathParam("version") int version) {
        return flows.version(id, version);
    }

    /** New conversations follow this version from now on (rollback to an earlier one). */
    @POST
    @Path("{id}/versions/{version}/activate")
    public FlowDetail activate(@PathParam("id") long id, @PathParam("version") int version) {
        return flows.activate(id, version);
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") long id) {
        FlowService.FlowExport e = flows.export(id);
        return Response.ok(e).header("Content-Disposition", "attachment; filename=\"flow-" + id + ".json\"").build();
    }

    /** A flow from an export file (at most 1 MiB), as a new draft. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public Response importFlow(InputStream body, @Context UriInfo uri) throws IOException {
        byte[] json = body.readNBytes(FlowService.MAX_JSON_BYTES + 1);
        if (json.length > FlowService.MAX_JSON_BYTES) {
            throw new RejectedContentException("a flow export is at most " + FlowService.MAX_JSON_BYTES / 1024 + " KiB",
                    true);
        }
        FlowDetail created = flows.importFlow(json);
        return Response.created(uri.getBaseUriBuilder().path("v1/flows/{id}").build(created.flow().id()))
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        flows.delete(id);
        return Response.noContent().build();
    }
}
