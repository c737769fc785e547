package io.switchboard.interfaces.rest;

import io.switchboard.application.QuickReplyService;
import io.switchboard.application.QuickReplyService.CategoryView;
import io.switchboard.application.QuickReplyService.QuickReplyView;
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
import java.util.List;

/**
 * Quick replies (快捷回复, AD-3 / AG-2). Without {@code agentId} the public ones, kept by the tenant; with it, what
 * that agent sees, or (when writing) that agent's private ones, which only that agent may change.
 */
@Path("v1/quick-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuickReplyResource {

    @Inject
    QuickReplyService replies;

    public record ReplyRequest(Long agentId, Long categoryId, @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body) {
    }

    public record CategoryRequest(Long agentId, @NotBlank @Size(max = 60) String name, @Min(0) @Max(10000) int sortOrder) {
    }

    @GET
    public Page<QuickReplyView> search(@QueryParam("agentId") Long agentId, @QueryParam("q") @Size(max = 100) String query,
            @QueryParam("categoryId") Long categoryId,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new Page<>(replies.search(agentId, query, categoryId, offset, limit), offset, limit,
                replies.count(agentId, query, categoryId));
    }

    @POST
    public Response add(@NotNull @Valid ReplyRequest r, @Context UriInfo uri) {
        QuickReplyView created = replies.add(r.agentId(), r.categoryId(), r.title(), r.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public QuickReplyView change(@PathParam("id") long id, @NotNull @Valid ReplyRequest r) {
        return replies.change(id, r.agentId(), r.categoryId(), r.title(), r.body());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @QueryParam("agentId") Long agentId) {
        replies.remove(id, agentId);
        return Response.noContent().build();
    }

    @GET
    @Path("categories")
    public List<CategoryView> categories(@QueryParam("agentId") Long agentId) {
        return replies.categories(agentId);
    }

    @POST
    @Path("categories")
    public Response addCategory(@NotNull @Valid CategoryRequest r, @Context UriInfo uri) {
        CategoryView created = replies.addCategory(r.agentId(), r.name(), r.sortOrder());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("categories/{id}")
    public Response removeCategory(@PathParam("id") long id, @QueryParam("agentId") Long agentId) {
        replies.removeCategory(id, agentId);
        return Response.noContent().build();
    }

    /** Public replies from a CSV or XLSX body (分类, 标题, 内容); 422 with the row errors when nothing was added. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public Response importPublic(byte[] content) {
        return Sheets.imported(replies.importPublic(content));
    }

    @GET
    @Path("export")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public Response exportPublic(@QueryParam("format") String format) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(replies.exportPublic(xlsx), "quick-replies", xlsx);
    }
}
