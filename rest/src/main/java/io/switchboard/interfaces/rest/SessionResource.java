package io.switchboard.interfaces.rest;

import io.switchboard.application.MonitorService;
import io.switchboard.application.SessionService;
import io.switchboard.application.SessionService.SessionQuery;
import io.switchboard.application.SessionService.SessionView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sessions (AD-5): current ({@code state=open}) and history ({@code state=ended}) with filters and export; and the
 * live monitor (RP-1) at {@code /v1/monitor}. Transcripts are at {@code /v1/conversations/{id}/messages}.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;
    @Inject
    MonitorService monitor;

    @GET
    @Path("sessions")
    public Page<SessionView> search(@QueryParam("state") String state, @QueryParam("channel") String channel,
            @QueryParam("skillGroupId") Long skillGroupId, @QueryParam("agentId") Long agentId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("visitor") String visitor,
            @QueryParam("maxRating") Integer maxRating, @QueryParam("minServiceSeconds") Long minServiceSeconds,
            @QueryParam("minResponseSeconds") Long minResponseSeconds,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("countUpTo") @DefaultValue("" + SessionService.COUNT_LIMIT) @Min(1)
            @Max(SessionService.COUNT_LIMIT) int countUpTo) {
        SessionQuery query = query(state, channel, skillGroupId, agentId, from, to, visitor,
                new SessionService.Inspect(maxRating, minServiceSeconds, minResponseSeconds));
        long total = sessions.count(query, countUpTo);
        return new Page<>(sessions.search(query, offset, limit), offset, limit, Math.min(total, countUpTo),
                total > countUpTo ? Boolean.TRUE : null);
    }

    @GET
    @Path("sessions/export")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("state") String state,
            @QueryParam("channel") String channel, @QueryParam("skillGroupId") Long skillGroupId,
            @QueryParam("agentId") Long agentId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("visitor") String visitor, @QueryParam("maxRating") Integer maxRating,
            @QueryParam("minServiceSeconds") Long minServiceSeconds,
            @QueryParam("minResponseSeconds") Long minResponseSeconds) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(sessions.export(query(state, channel, skillGroupId, agentId, from, to, visitor,
                new SessionService.Inspect(maxRating, minServiceSeconds, minResponseSeconds)), xlsx), "sessions", xlsx);
    }

    @GET
    @Path("monitor")
    public MonitorService.Snapshot monitor() {
        return monitor.snapshot();
    }

    private static SessionQuery query(String state, String channel, Long skillGroupId, Long agentId, String from,
                                      String to, String visitor, SessionService.Inspect inspect) {
        Boolean open = switch (state == null ? "" : state.trim().toLowerCase()) {
            case "" , "all" -> null;
            case "open" -> true;
            case "ended" -> false;
            default -> throw new IllegalArgumentException("state: use open, ended or all");
        };
        return new SessionQuery(open, channel == null || channel.isBlank() ? null : channel.trim().toUpperCase(),
                skillGroupId, agentId, Sheets.instant("from", from), Sheets.instant("to", to), visitor, inspect);
    }
}
