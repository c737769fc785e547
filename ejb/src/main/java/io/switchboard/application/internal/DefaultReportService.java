package io.switchboard.application.internal;

import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.ReportService;
import io.switchboard.domain.model.report.AgentFigures;
import io.switchboard.domain.model.report.Kpis;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.ReportRepository.Slice;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.WorkSchedule;
import io.switchboard.domain.model.report.RollupCounters;
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
    public KpiReport kpis(LocalDate from, LocalDate to, Long skillGroupId, Integer thresholdSeconds,
            Integer shortAbandonSeconds, Boolean workHoursOnly) {
        RoutingSettings tenantSettings = settings.current().current();
        RoutingSettings.ServiceLevel defaults = tenantSettings.serviceLevel();
        int t = thresholdSeconds == null ? defaults.thresholdSeconds() : thresholdSeconds;
        int s = shortAbandonSeconds == null ? defaults.shortAbandonSeconds() : shortAbandonSeconds;
        requireServiceLevel(t, s);
        boolean workHours = workHoursOnly == null ? defaults.workHoursOnly() : workHoursOnly;
        ZoneId zone = tenantSettings.zone();
        Slice slice = slice(from, to, zone, skillGroupId);
        RollupCounters tenantSum;
        List<ReportRepository.Keyed<Long>> groupSums;
        if (workHours) {
            WorkSchedule schedule = tenantSettings.workHours().schedule();
            tenantSum = new RollupCounters();
            Map<Long, RollupCounters> byGroup = new java.util.TreeMap<>();
            for (ReportRepository.GroupHour gh : reports.sumByGroupAndHour(slice.from(), slice.to())) {
                if (schedule.segmentAt(gh.hour()).isEmpty()) {
                    continue; // an hour that begins outside the work hours
                }
                byGroup.computeIfAbsent(gh.group(), g -> new RollupCounters()).plus(gh.counters());
                if (skillGroupId == null || skillGroupId == gh.group()) {
                    tenantSum.plus(gh.counters());
                }
            }
            groupSums = byGroup.entrySet().stream().map(e -> new ReportRepository.Keyed<>(e.getKey(), e.getValue()))
                    .toList();
        } else {
            tenantSum = reports.sum(slice);
            groupSums = reports.sumByGroup(slice.with(null, null, null));
        }
        Map<Long, String> names = groups.list(0, 10_000).stream()
                .collect(Collectors.toMap(SkillGroup::getId, SkillGroup::getName, (a, b) -> a));
        List<GroupKpis> byGroup = groupSums.stream()
                .filter(k -> k.key() != 0 || k.counters().answered() + k.counters().abandoned() > 0)
                .map(k -> new GroupKpis(k.key(), names.get(k.key()), Kpis.of(k.counters(), t, s)))
                .toList();
        Instant counted = reports.oldestPending().orElse(clock.instant());
        return new KpiReport(from, to, zone.getId(), Kpis.of(tenantSum, t, s), byGroup, counted, workHours);
    }

    /** T and S must be limits the rollups count (see {@link Kpis}). */
    public static void requireServiceLevel(int thresholdSeconds, int shortAbandonSeconds) {
        if (!Kpis.THRESHOLDS.contains(thresholdSeconds)) {
            throw new InvalidFieldException("thresholdSeconds", "one of " + Kpis.THRESHOLDS)
                    .coded("report.threshold", Kpis.THRESHOLDS.toString());
        }
        if (!Kpis.SHORT_ABANDONS.contains(shortAbandonSeconds)) {
            throw new InvalidFieldException("shortAbandonSeconds", "one of " + Kpis.SHORT_ABANDONS)
                    .coded("report.shortAbandon", Kpis.SHORT_ABANDONS.toString());
        }
    }

    @Override
    public List<AgentRow> agents(LocalDate from, LocalDate to, Long skillGroupId) {
        Slice days = slice(from, to, zone(), skillGroupId);
        List<ReportRepository.Keyed<Long>> rows = reports.sumByAgent(days);
        // status times belong to no skill group (group 0): with a group chosen they come from those rows
        Map<Long, io.switchboard.domain.model.report.RollupCounters> times = skillGroupId == null ? Map.of()
                : reports.sumByAgent(days.with(0L, null, null)).stream()
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
    public PartPage parts(long agentId, LocalDate from, LocalDate to, int offset, int limit) {
        Slice days = slice(from, to, zone(), null);
        List<PartView> items = reports.endedParts(agentId, days.from(), days.to(), offset, limit).stream()
                .map(f -> new PartView(f.getConversationId() == null ? 0 : f.getConversationId(), f.getBucketAt(),
                        f.getOccurredAt(), f.getValueMs() == null ? 0 : f.getValueMs(), f.getCount(),
                        io.switchboard.domain.model.report.RaisedFact.VALID.equals(f.getDetail())))
                .toList();
        return new PartPage(items, reports.countEndedParts(agentId, days.from(), days.to()));
    }

    @Override
    public byte[] exportAgents(LocalDate from, LocalDate to, Long skillGroupId, boolean xlsx) {
        List<List<String>> rows = agents(from, to, skillGroupId).stream().map(r -> {
            AgentFigures f = r.figures();
            return List.of(String.valueOf(r.agentId()), r.name(), seconds(f.signedInMs()), seconds(f.onlineMs()),
                    seconds(f.busyMs()), seconds(f.breakMs()), seconds(f.wrapUpMs()), String.valueOf(f.sessions()),
                    String.valueOf(f.transfersIn()), String.valueOf(f.transfersOut()), seconds(f.avgHandleMs()),
                    seconds(f.maxHandleMs()), seconds(f.avgFirstReplyMs()), seconds(f.maxFirstReplyMs()),
                    seconds(f.avgReplyMs()), seconds(f.maxReplyMs()), String.valueOf(f.ratings()),
                    f.avgRating() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", f.avgRating()),
                    String.valueOf(f.summaries()), String.valueOf(f.qaScores()),
                    f.avgQaScore() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", f.avgQaScore()));
        }).toList();
        return io.switchboard.infrastructure.sheet.Spreadsheets.write(
                xlsx ? io.switchboard.infrastructure.sheet.Spreadsheets.Format.XLSX
                        : io.switchboard.infrastructure.sheet.Spreadsheets.Format.CSV, AGENT_HEADERS, rows);
    }

    /** The agent report's columns (times in seconds). */
    static final List<String> AGENT_HEADERS = List.of("客服ID", "客服", "登录时长(秒)", "在线(示闲)时长(秒)",
            "忙碌时长(秒)", "小休时长(秒)", "话后整理时长(秒)", "接入会话数", "转入数", "转出数", "平均会话时长(秒)",
            "最长会话时长(秒)", "平均首次响应(秒)", "最长首次响应(秒)", "平均响应(秒)", "最长响应(秒)", "评价数",
            "平均满意度", "服务小结数", "质检数", "平均质检评分");

    private static String seconds(Long ms) {
        return ms == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    @Override
    public Overview overview(LocalDate day) {
        ZoneId zone = zone();
        Slice slice = slice(day, day, zone, null);
        List<Instant> hours = new java.util.ArrayList<>();
        for (Instant h = slice.from(); h.isBefore(slice.to()); h = h.plus(java.time.Duration.ofHours(1))) {
            hours.add(h);
        }
        Map<Instant, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < hours.size(); i++) {
            index.put(hours.get(i), i);
        }
        Map<String, List<Long>> inbound = new java.util.TreeMap<>();
        List<Long> answered = new java.util.ArrayList<>(java.util.Collections.nCopies(hours.size(), 0L));
        List<Long> abandoned = new java.util.ArrayList<>(java.util.Collections.nCopies(hours.size(), 0L));
        for (ReportRepository.HourChannel r : reports.inboundByHourAndChannel(slice.from(), slice.to())) {
            Integer i = index.get(r.hour());
            if (i == null) {
                continue; // a zone with a half-hour offset: its hours do not start on the rollups' hours
            }
            String channel = r.channel().isEmpty() ? "—" : r.channel();
            List<Long> series = inbound.computeIfAbsent(channel,
                    k -> new java.util.ArrayList<>(java.util.Collections.nCopies(hours.size(), 0L)));
            series.set(i, series.get(i) + r.arrived());
            answered.set(i, answered.get(i) + r.answered());
            abandoned.set(i, abandoned.get(i) + r.abandoned());
        }
        long arrivedToday = inbound.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
        long answeredToday = answered.stream().mapToLong(Long::longValue).sum();
        long abandonedToday = abandoned.stream().mapToLong(Long::longValue).sum();
        Map<String, List<ShareView>> shares = new java.util.LinkedHashMap<>();
        for (String field : List.of("os", "browser", "device", "region")) {
            shares.put(field, top(reports.visitorShares(field, slice.from(), slice.to())));
        }
        return new Overview(day, hours, inbound, answered, abandoned, arrivedToday, answeredToday, abandonedToday,
                answeredToday + abandonedToday == 0 ? null : (double) answeredToday / (answeredToday + abandonedToday),
                Kpis.of(reports.sum(slice), settings.current().current().serviceLevel().thresholdSeconds(),
                        settings.current().current().serviceLevel().shortAbandonSeconds()), shares);
    }

    /** The 8 largest shares, the rest as one share of value null ("other"). */
    static List<ShareView> top(List<ReportRepository.Share> shares) {
        List<ShareView> out = new java.util.ArrayList<>();
        long rest = 0;
        for (ReportRepository.Share s : shares) {
            if (out.size() < 8) {
                out.add(new ShareView(s.value(), s.conversations()));
            } else {
                rest += s.conversations();
            }
        }
        if (rest > 0) {
            out.add(new ShareView(null, rest));
        }
        return out;
    }

    @Override
    public Map<String, Long> figures(LocalDate from, LocalDate to, Long skillGroupId, Long agentId, String channel) {
        Slice days = slice(from, to, settings.current().current().zone(), skillGroupId);
        return reports.sum(days.with(skillGroupId, agentId, channel)).asMap();
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
                skillGroupId, null, null, from, to);
    }
}
