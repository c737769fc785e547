package io.switchboard.application;

import io.switchboard.domain.model.report.Kpis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports and KPIs (issue 21) over the hourly rollups. */
public interface ReportService {

    /** At most this many days in one report (RP-4). */
    int MAX_DAYS = 90;

    /** The KPIs of one skill group ({@code skillGroupId} 0: conversations that never reached a group). */
    record GroupKpis(long skillGroupId, String skillGroupName, Kpis kpis) implements java.io.Serializable {
    }

    /**
     * The KPIs of the tenant and of each skill group over whole days of the tenant's time zone.
     *
     * @param countedUntil the facts up to this time are in the figures (the time of the oldest fact not counted yet;
     *                     the current time when every fact is counted)
     * @param workHoursOnly only the hours the work-hours calendar has as working were counted
     */
    record KpiReport(LocalDate from, LocalDate to, String zone, Kpis tenant, List<GroupKpis> groups,
                     Instant countedUntil, boolean workHoursOnly) implements java.io.Serializable {
    }

    /** One agent's row of the agent report (RP-3). */
    record AgentRow(long agentId, String name, io.switchboard.domain.model.report.AgentFigures figures)
            implements java.io.Serializable {
    }

    /** Every agent with figures in the days (the tenant's time zone), by name; {@code skillGroupId}: only that group's parts. */
    List<AgentRow> agents(LocalDate from, LocalDate to, Long skillGroupId);

    /** One part of a conversation an agent served (the agent report's drill-down). */
    record PartView(long conversationId, Instant startedAt, Instant endedAt, long durationMs, int lines, boolean valid)
            implements java.io.Serializable {
    }

    record PartPage(List<PartView> items, long total) implements java.io.Serializable {
    }

    /** The parts of conversations {@code agentId} ended that began in the days, newest first. */
    PartPage parts(long agentId, LocalDate from, LocalDate to, int offset, int limit);

    /** The agent report as a CSV or XLSX file (Chinese headers, times in seconds). */
    byte[] exportAgents(LocalDate from, LocalDate to, Long skillGroupId, boolean xlsx);

    /**
     * The console's first page (RP-2) for one day of the tenant's time zone: the day's figures, the inbound by hour and
     * channel, and the shares of the visitors' systems, browsers, devices and regions.
     *
     * @param hours    the hour starts of the day, in order (24, or 23 / 25 on a daylight-saving day)
     * @param inbound  by channel: the arrivals of each hour (same order as {@code hours})
     * @param answered the answers of each hour, all channels
     * @param abandoned the abandons of each hour, all channels
     * @param shares   by field ({@code os}, {@code browser}, {@code device}, {@code region}): the values, most first
     *                 (at most 8, the rest as one "其他 / other" share of value null)
     */
    record Overview(LocalDate day, List<Instant> hours, java.util.Map<String, List<Long>> inbound, List<Long> answered,
                    List<Long> abandoned, long arrivedToday, long answeredToday, long abandonedToday,
                    Double answerRate, Kpis kpis, java.util.Map<String, List<ShareView>> shares)
            implements java.io.Serializable {
    }

    record ShareView(String value, long conversations) implements java.io.Serializable {
    }

    Overview overview(LocalDate day);

    /** The tenant's time zone (its work-hours calendar's): the days of the reports are its days. */
    java.time.ZoneId zone();

    /**
     * @param from             first day (the tenant's time zone), at most {@value #MAX_DAYS} days before {@code to}
     * @param to               last day, included
     * @param skillGroupId     only this group's figures in {@code tenant} (null: the whole tenant)
     * @param thresholdSeconds T of the service level: one of {@link Kpis#THRESHOLDS} (null: the tenant's, see
     *                         {@link io.switchboard.domain.model.routing.RoutingSettings.ServiceLevel})
     * @param shortAbandonSeconds S: abandons within it do not count (one of {@link Kpis#SHORT_ABANDONS}; null: the
     *                         tenant's)
     * @param workHoursOnly    count only the hours (by their start) the work-hours calendar has as working (null: the
     *                         tenant's choice)
     */
    KpiReport kpis(LocalDate from, LocalDate to, Long skillGroupId, Integer thresholdSeconds, Integer shortAbandonSeconds,
                   Boolean workHoursOnly);

    /**
     * The summed counters the reports are made of, over whole days of the tenant's time zone, for a skill group, an
     * agent and a channel (null: any): what a partner builds its own reports from.
     */
    java.util.Map<String, Long> figures(LocalDate from, LocalDate to, Long skillGroupId, Long agentId, String channel);
}
