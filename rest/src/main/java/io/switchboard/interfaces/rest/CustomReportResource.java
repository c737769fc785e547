package io.switchboard.interfaces.rest;

import io.switchboard.application.CustomReportService;
import io.switchboard.application.InvalidFieldException;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom reports (RP-4): saved reports ({@code /v1/reports/custom}), each run with its latest figures
 * ({@code /{id}/data}, optionally over other days, with some of its metrics, and only some values of its
 * dimensions: {@code only=AGENT:12}, repeatable), and a report run without saving it ({@code /query}).
 */
@Path("v1/reports/custom")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomReportResource {

    @Inject
    CustomReportService reports;

    @GET
    public List<CustomReportService.Saved> list() {
        return reports.list();
    }

    @POST
    public Response create(@NotNull CustomReportService.Draft draft, @Context UriInfo uri) {
        CustomReportService.Saved created = reports.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public CustomReportService.Saved get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @PUT
    @Path("{id}")
    public CustomReportService.Saved update(@PathParam("id") long id, @NotNull CustomReportService.Draft draft) {
        return reports.update(id, draft);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        reports.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/data")
    public CustomReportService.Result data(@PathParam("id") long id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("metrics") String metrics, @QueryParam("only") List<String> only,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(CustomReportService.MAX_OFFSET) int offset,
            @QueryParam("limit") @DefaultValue("" + CustomReportService.MAX_ROWS) @Min(1)
            @Max(CustomReportService.MAX_ROWS) int limit) {
        if ((from == null) != (to == null)) {
            throw new InvalidFieldException(from == null ? "from" : "to", "give both from and to, or neither")
                    .coded("report.dayRequired");
        }
        return reports.run(id, from == null ? null : ReportResource.day("from", from),
                to == null ? null : ReportResource.day("to", to),
                metrics == null || metrics.isBlank() ? List.of() : Arrays.asList(metrics.split(",")), only(only),
                new CustomReportService.Rows(offset, limit));
    }

    @POST
    @Path("query")
    public CustomReportService.Result query(@NotNull CustomReportService.Draft draft,
            @QueryParam("only") List<String> only,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(CustomReportService.MAX_OFFSET) int offset,
            @QueryParam("limit") @DefaultValue("" + CustomReportService.MAX_ROWS) @Min(1)
            @Max(CustomReportService.MAX_ROWS) int limit) {
        return reports.run(draft, only(only), new CustomReportService.Rows(offset, limit));
    }

    /** {@code DIMENSION:value} pairs, grouped by dimension. */
    static Map<String, Set<String>> only(List<String> pairs) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String p : pairs == null ? List.<String>of() : pairs) {
            int colon = p.indexOf(':');
            if (colon <= 0) {
                throw new InvalidFieldException("only", "use DIMENSION:value, e.g. AGENT:12").coded("customReport.filter");
            }
            out.computeIfAbsent(p.substring(0, colon).strip(), k -> new LinkedHashSet<>()).add(p.substring(colon + 1));
        }
        return out;
    }
}
