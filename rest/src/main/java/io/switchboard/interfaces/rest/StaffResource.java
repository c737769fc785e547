package io.switchboard.interfaces.rest;

import io.switchboard.application.StaffService;
import io.switchboard.application.StaffService.StaffForm;
import io.switchboard.application.StaffService.StaffQuery;
import io.switchboard.application.StaffService.StaffView;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.StaffProfile;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * The staff directory (客服管理, AD-1): people with their profile, role, skill groups and cap. The seat side of an
 * agent (status, force offline, cap alone) stays at {@code /v1/agents}; the ids are the same.
 */
@Path("v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    /**
     * The fields of the add and edit forms; {@code skillGroupIds} may be omitted (= none). Login name and password
     * are checked by the service (blank, length, {@code PasswordPolicy}), as for the console and the batch import.
     */
    public record StaffRequest(@Size(max = 100) String username, @Size(max = 200) String password,
                               String employeeNo, String fullName, String nickname, String email, String mobile,
                               String extension, Role role, List<Long> skillGroupIds, Integer maxConcurrent) {
        StaffForm form() {
            return new StaffForm(new StaffProfile(employeeNo, fullName, nickname, email, mobile, extension),
                    role == null ? Role.AGENT : role, skillGroupIds == null ? List.of() : skillGroupIds, maxConcurrent);
        }
    }

    /** The password's rules are the service's ({@code PasswordPolicy}), so every entry point answers alike. */
    public record PasswordRequest(String password) {
    }

    @GET
    public Page<StaffView> search(@QueryParam("employeeNo") String employeeNo, @QueryParam("name") String name,
            @QueryParam("email") String email, @QueryParam("mobile") String mobile,
            @QueryParam("skillGroupId") Long skillGroupId, @QueryParam("role") String role,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        StaffQuery query = new StaffQuery(employeeNo, name, email, mobile, skillGroupId, role);
        return new Page<>(staff.search(query, offset, limit), offset, limit, staff.count(query));
    }

    @POST
    public Response create(@NotNull StaffRequest r, @Context UriInfo uri) {
        StaffView created = staff.create(r.username(), r.password(), r.form());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public StaffView get(@PathParam("id") long id) {
        return staff.get(id);
    }

    @PUT
    @Path("{id}")
    public StaffView update(@PathParam("id") long id, @NotNull StaffRequest r) {
        return staff.update(id, r.form());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        staff.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, @NotNull @Valid PasswordRequest r) {
        staff.resetPassword(id, r.password());
        return Response.noContent().build();
    }

    /** Batch add from a CSV or XLSX body (any content type); 422 with the row errors when nothing was added. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public Response importSheet(byte[] content) {
        return Sheets.imported(staff.importSheet(content));
    }

    @GET
    @Path("import-template")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@QueryParam("format") String format) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(staff.importTemplate(xlsx), "staff-template", xlsx);
    }

    @GET
    @Path("export")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("employeeNo") String employeeNo,
            @QueryParam("name") String name, @QueryParam("skillGroupId") Long skillGroupId) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(staff.export(new StaffQuery(employeeNo, name, null, null, skillGroupId, null), xlsx),
                "staff", xlsx);
    }
}
