package io.switchboard.application.internal;

import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.ReportService;
import io.switchboard.domain.model.report.AgentFigures;
import io.switchboard.domain.model.report.Kpis;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.ReportRepository.Slice;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
public class DefaultReportService implements ReportService {

    @Inject
    ReportRepository reports;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    SkillGroupRepository groups;
    @Inject
    AgentSeatRepository seats;
    @Inject
    Clock clock;

    @Override
    public ZoneId zone() {
        return settings.current().current().zone();
    }

    @Override
    public KpiReport kpis(LocalDate from, LocalDate to, Long skillGroupId, int thresholdSeconds,
            int shortAbandonSeconds) {
        if (!Kpis.THRESHOLDS.contains(thresholdSeconds)) {
            throw new InvalidFieldException("thresholdSeconds", "one of " + Kpis.THRESHOLDS)
                    .coded("report.threshold", Kpis.THRESHOLDS.toString());
        }
        if (!Kpis.SHORT_ABANDONS.contains(shortAbandonSeconds)) {
            throw new InvalidFieldException("shortAbandonSeconds", "one of " + Kpis.SHORT_ABANDONS)
                    .coded("report.shortAbandon", Kpis.SHORT_ABANDONS.toString());
        }
        ZoneId zone = settings.current().current().zone();
        Slice slice = slice(from, to, zone, skillGroupId);
        Kpis tenant = Kpis.of(reports.sum(slice), thresholdSeconds, shortAbandonSeconds);
        Map<Long, String> names = groups.list(0, 10_000).stream()
                .collect(Collectors.toMap(SkillGroup::getId, SkillGroup::getName, (a, b) -> a));
        List<GroupKpis> byGroup = reports.sumByGroup(new Slice(slice.from(), slice.to(), null, null, null)).stream()
                .filter(k -> k.key() != 0 || k.counters().answered() + k.counters().abandoned() > 0)
                .map(k -> new GroupKpis(k.key(), names.get(k.key()),
                        Kpis.of(k.counters(), thresholdSeconds, shortAbandonSeconds)))
                .toList();
        Instant counted = reports.oldestPending().orElse(clock.instant());
        return new KpiReport(from, to, zone.getId(), tenant, byGroup, counted);
    }

    @Override
    public List<AgentRow> agents(LocalDate from, LocalDate to, Long skillGroupId) {
        Slice days = slice(from, to, zone(), skillGroupId);
        List<ReportRepository.Keyed<Long>> rows = reports.sumByAgent(days);
        // status times belong to no skill group (group 0): with a group chosen they come from those rows
        Map<Long, io.switchboard.domain.model.report.RollupCounters> times = skillGroupId == null ? Map.of()
                : reports.sumByAgent(new Slice(days.from(), days.to(), 0L, null, null)).stream()
                        .collect(Collectors.toMap(ReportRepository.Keyed::key, ReportRepository.Keyed::counters));
        Map<Long, String> names = seats.findAll(rows.stream().map(ReportRepository.Keyed::key).toList()).stream()
                .collect(Collectors.toMap(AgentSeat::getAgentId, AgentSeat::getDisplayName, (a, b) -> a));
        return rows.stream()
                .map(k -> new AgentRow(k.key(), names.getOrDefault(k.key(), "#" + k.key()), AgentFigures.of(k.counters(),
                        skillGroupId == null ? k.counters()
                                : times.getOrDefault(k.key(), new io.switchboard.domain.model.report.RollupCounters()))))
                .sorted(java.util.Comparator.comparing(AgentRow::name).thenComparing(AgentRow::agentId))
                .toList();
    }

    @Override
    public Map<String, Long> figures(LocalDate from, LocalDate to, Long skillGroupId, Long agentId, String channel) {
        Slice days = slice(from, to, settings.current().current().zone(), skillGroupId);
        return reports.sum(new Slice(days.from(), days.to(), skillGroupId, agentId, channel)).asMap();
    }

    /** Whole days [from, to] of the zone as rollup hours; refused beyond {@value #MAX_DAYS} days or reversed. */
    static Slice slice(LocalDate from, LocalDate to, ZoneId zone, Long skillGroupId) {
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "a day (yyyy-MM-dd) is required")
                    .coded("report.dayRequired");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "from 1 to " + MAX_DAYS + " days, the first one first")
                    .coded("report.range", MAX_DAYS);
        }
        return new Slice(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                skillGroupId, null, null);
    }
}
