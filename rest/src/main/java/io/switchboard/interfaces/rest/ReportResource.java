package io.switchboard.interfaces.rest;

import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.ReportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Reports (issue 21): the KPIs of RP-5 ({@code /v1/reports/kpis}; T, S and the work-hours limit default to the
 * tenant's routing settings' {@code serviceLevel}) and the summed figures they are made of
 * ({@code /v1/reports/figures}), over whole days ({@code from}, {@code to}: yyyy-MM-dd in the tenant's time zone, at
 * most 90 days).
 */
@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("kpis")
    public ReportService.KpiReport kpis(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("skillGroupId") Long skillGroupId,
            @QueryParam("thresholdSeconds") Integer thresholdSeconds,
            @QueryParam("shortAbandonSeconds") Integer shortAbandonSeconds,
            @QueryParam("workHoursOnly") Boolean workHoursOnly) {
        return reports.kpis(day("from", from), day("to", to), skillGroupId, thresholdSeconds, shortAbandonSeconds,
                workHoursOnly);
    }

    /** RP-3: every agent's figures over the days (only that skill group's conversations with {@code skillGroupId}). */
    @GET
    @Path("agents")
    public java.util.List<ReportService.AgentRow> agents(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("skillGroupId") Long skillGroupId) {
        return reports.agents(day("from", from), day("to", to), skillGroupId);
    }

    /** The agent report as a file: {@code format=xlsx} for Excel, CSV otherwise. */
    @GET
    @Path("agents/export")
    @Produces({Sheets.CSV, Sheets.XLSX, MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response exportAgents(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("skillGroupId") Long skillGroupId) {
        boolean xlsx = Sheets.xlsx(format);
        return Sheets.download(reports.exportAgents(day("from", from), day("to", to), skillGroupId, xlsx),
                "agent-report", xlsx);
    }

    /** The drill-down of an agent's figures: the parts of conversations the agent ended in the days, newest first. */
    @GET
    @Path("agents/{agentId}/parts")
    public ReportService.PartPage parts(@jakarta.ws.rs.PathParam("agentId") long agentId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") @jakarta.validation.constraints.Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(500) int limit) {
        return reports.parts(agentId, day("from", from), day("to", to), offset, limit);
    }

    /** RP-2: one day's inbound by hour and channel, answered and abandoned, and the visitors' shares. */
    @GET
    @Path("overview")
    public ReportService.Overview overview(@QueryParam("day") String day) {
        return reports.overview(day("day", day));
    }

    @GET
    @Path("figures")
    public Map<String, Long> figures(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("skillGroupId") Long skillGroupId, @QueryParam("agentId") Long agentId,
            @QueryParam("channel") String channel) {
        return reports.figures(day("from", from), day("to", to), skillGroupId, agentId,
                channel == null || channel.isBlank() ? null : channel.strip().toUpperCase(Locale.ROOT));
    }

    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "a day (yyyy-MM-dd) is required").coded("report.dayRequired");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "not a day (yyyy-MM-dd): " + value).coded("report.badDay", value);
        }
    }
}
