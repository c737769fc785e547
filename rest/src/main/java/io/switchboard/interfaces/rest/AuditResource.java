package io.switchboard.interfaces.rest;

import io.switchboard.application.AuditService;
import io.switchboard.application.AuditService.AuditQuery;
import io.switchboard.application.AuditService.AuditView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit log, newest first: who changed what, when, with the value before and after. Read only. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    public Page<AuditView> search(@QueryParam("actor") String actor, @QueryParam("targetType") String targetType,
            @QueryParam("q") String text, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        AuditQuery query = new AuditQuery(actor, targetType, text, Sheets.instant("from", from), Sheets.instant("to", to));
        return new Page<>(audit.search(query, offset, limit), offset, limit, audit.count(query));
    }
}
