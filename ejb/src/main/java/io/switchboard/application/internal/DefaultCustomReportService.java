package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.CustomReportService;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.custom.ChartKind;
import io.switchboard.domain.model.report.custom.CustomReport;
import io.switchboard.domain.model.report.custom.CustomReportRepository;
import io.switchboard.domain.model.report.custom.CustomReportSpec;
import io.switchboard.domain.model.report.custom.ReportDimension;
import io.switchboard.domain.model.report.custom.SessionTotals;
import io.switchboard.domain.model.report.custom.RollupCube;
import io.switchboard.domain.model.report.custom.SessionCubeRepository;
import io.switchboard.domain.model.report.custom.Granularity;
import io.switchboard.domain.model.report.RollupCounters;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultCustomReportService implements CustomReportService {

    @Inject
    CustomReportRepository repository;
    @Inject
    ReportRepository reports;
    @Inject
    SessionCubeRepository cube;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    AgentSeatRepository seats;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    @Override
    public List<Saved> list() {
        return repository.list().stream().map(DefaultCustomReportService::view).toList();
    }

    @Override
    public Saved get(long id) {
        return view(find(id));
    }

    @Override
    public Saved create(Draft draft) {
        if (repository.list().size() >= MAX_SAVED) {
            throw new ConflictException("at most " + MAX_SAVED + " custom reports; delete one first")
                    .coded("customReport.tooMany", MAX_SAVED);
        }
        nameFree(draft.name(), null);
        CustomReport r = refusing(() -> new CustomReport(draft.name(), spec(draft), chart(draft), period(draft),
                tenant.actor(), clock.instant()));
        repository.add(r);
        return view(r);
    }

    @Override
    public Saved update(long id, Draft draft) {
        CustomReport r = find(id);
        nameFree(draft.name(), id);
        refusing(() -> {
            r.change(draft.name(), spec(draft), chart(draft), period(draft));
            return r;
        });
        return view(r);
    }

    @Override
    public void delete(long id) {
        repository.remove(find(id));
    }

    @Override
    public Result run(Draft draft, Map<String, Set<String>> only, Rows rows) {
        CustomReportSpec spec = spec(draft);
        LocalDate[] days = refusing(() -> period(draft)).days(today());
        return run(spec, days[0], days[1], only, rows);
    }

    @Override
    public Result run(long id, LocalDate from, LocalDate to, List<String> metrics, Map<String, Set<String>> only,
                      Rows rows) {
        CustomReport r = find(id);
        CustomReportSpec spec = refusing(() -> r.spec().narrowedTo(CustomReportSpec.metricCodes(metrics)));
        LocalDate[] days = from == null && to == null ? r.period().days(today())
                : refusing(() -> new CustomReport.Period(null, from, to)).days(today());
        return run(spec, days[0], days[1], only, rows);
    }

    private Result run(CustomReportSpec spec, LocalDate from, LocalDate to, Map<String, Set<String>> only, Rows window) {
        if (window.offset() < 0 || window.offset() > MAX_OFFSET) {
            throw new InvalidFieldException("offset", "0 to " + MAX_OFFSET).coded("customReport.offset", MAX_OFFSET);
        }
        if (window.limit() < 1 || window.limit() > MAX_ROWS) {
            throw new InvalidFieldException("limit", "1 to " + MAX_ROWS).coded("customReport.limit", MAX_ROWS);
        }
        ZoneId zone = settings.current().current().zone();
        ReportRepository.Slice slice = DefaultReportService.slice(from, to, zone, null);
        Map<String, Set<String>> filter = filter(spec, only);
        Map<List<String>, SessionTotals[]> groups = new HashMap<>();
        String source;
        if (RollupCube.serves(spec)) {
            source = "ROLLUPS";
            fromRollups(spec, slice, zone, groups);
        } else {
            source = cube.anyOpen(from, to) ? "SEALED_DAYS_AND_ROWS" : "SEALED_DAYS";
            // the first rows are chosen where they are stored, unless some are left out here (narrowed to some values)
            int first = filter.isEmpty() ? window.offset() + window.limit() + 1 : 0;
            collect(spec, creation -> cube.totals(spec, creation, from, to, first), groups);
        }
        Map<String, String> agentNames = agentNames(spec, groups.keySet());
        // sorted once (not kept sorted while gathering: a report by agent × hour over 90 days has 100,000s of groups),
        // and only the rows shown are made
        List<Map.Entry<String, Map.Entry<List<String>, SessionTotals[]>>> sorted = new ArrayList<>(groups.size());
        groups.entrySet().forEach(e -> sorted.add(Map.entry(sortKey(e.getKey()), e)));
        sorted.sort(Map.Entry.comparingByKey());
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<String, Map.Entry<List<String>, SessionTotals[]>> sortedEntry : sorted) {
            Map.Entry<List<String>, SessionTotals[]> e = sortedEntry.getValue();
            if (rows.size() > window.limit()) {
                break;
            }
            if (!kept(spec, e.getKey(), filter)) {
                continue;
            }
            if (skipped < window.offset()) {
                skipped++;
                continue;
            }
            SessionTotals t = SessionTotals.join(e.getValue()[0], e.getValue()[1]);
            List<Number> values = spec.metrics().stream().map(t::value).toList();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < e.getKey().size(); i++) {
                String key = e.getKey().get(i);
                labels.add(spec.dimensions().get(i) == ReportDimension.AGENT && !key.isEmpty()
                        ? agentNames.getOrDefault(key, "#" + key) : key);
            }
            rows.add(new Row(e.getKey(), labels, values));
        }
        boolean truncated = rows.size() > window.limit();
        return new Result(from, to, zone.getId(), spec.metrics().stream().map(Enum::name).toList(),
                spec.dimensions().stream().map(Enum::name).toList(),
                spec.granularity() == null ? null : spec.granularity().name(), window.offset(),
                truncated ? List.copyOf(rows.subList(0, window.limit())) : rows, truncated,
                reports.oldestPending().orElse(clock.instant()), source);
    }

    /**
     * The conversations' sums (if a metric counts by creation) and the parts' (if one counts by pickup), read by
     * {@code read} (true: the conversations), as each group's pair.
     */
    private static void collect(CustomReportSpec spec, Function<Boolean, List<CustomReportRepository.Group>> read,
                                Map<List<String>, SessionTotals[]> groups) {
        if (spec.needsCreationRows()) {
            read.apply(true).forEach(g -> groups.computeIfAbsent(g.keys(), k -> new SessionTotals[2])[0] = g.totals());
        }
        if (spec.needsPartRows()) {
            read.apply(false).forEach(g -> groups.computeIfAbsent(g.keys(), k -> new SessionTotals[2])[1] = g.totals());
        }
    }

    /** The rollups ({@link RollupCube}): daily ones unless the report is by hour. */
    private void fromRollups(CustomReportSpec spec, ReportRepository.Slice slice, ZoneId zone,
                             Map<List<String>, SessionTotals[]> groups) {
        boolean hourly = spec.granularity() == Granularity.HOUR;
        ReportRepository.Slice read = hourly ? new ReportRepository.Slice(slice.from(), slice.to(), null, null, null) : slice;
        Map<List<String>, RollupCounters> sums = new HashMap<>();
        for (ReportRepository.Grouped g : reports.sumGrouped(read, spec.dimensions().contains(ReportDimension.AGENT),
                spec.dimensions().contains(ReportDimension.CHANNEL), spec.dimensions().contains(ReportDimension.ASSOCIATION),
                spec.dimensions().contains(ReportDimension.TIME))) {
            List<String> keys = new ArrayList<>();
            for (ReportDimension d : spec.dimensions()) {
                keys.add(switch (d) {
                    case AGENT -> g.agentId() == 0 ? "" : String.valueOf(g.agentId());
                    case CHANNEL -> g.channel();
                    case ASSOCIATION -> g.association();
                    default -> RollupCube.timeKey(g.time(), spec.granularity(), zone);
                });
            }
            sums.computeIfAbsent(keys, k -> new RollupCounters()).plus(g.counters());
        }
        sums.forEach((keys, counters) -> {
            SessionTotals t = RollupCube.totals(counters);
            if (!RollupCube.empty(t)) {
                groups.put(keys, new SessionTotals[] {t, t});
            }
        });
    }

    /**
     * A key as one text whose natural order is the order of the rows (numbers such as agent ids by value and before
     * text, "" — none — last), made once per group rather than at each of the sort's comparisons: each value a number
     * (its length, then its digits, leading zeros aside, then how many of those), a text or none, the values joined by
     * a character below all of them.
     */
    static String sortKey(List<String> keys) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            if (k.isEmpty()) {
                b.append('\uFFFF');
            } else if (digits(k)) {
                int z = zeros(k);
                b.append('\u0001').append((char) ('\u0020' + k.length() - z)).append(k, z, k.length())
                        .append((char) ('\u0020' + z)); // "7" before "007"
            } else {
                b.append('\u0002').append(k);
            }
            b.append('\u0000');
        }
        return b.toString();
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int zeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private Map<String, String> agentNames(CustomReportSpec spec, Set<List<String>> keys) {
        int i = spec.dimensions().indexOf(ReportDimension.AGENT);
        if (i < 0) {
            return Map.of();
        }
        List<Long> ids = keys.stream().map(k -> k.get(i)).filter(k -> !k.isEmpty()).distinct().map(Long::valueOf).toList();
        return seats.findAll(ids).stream().collect(Collectors.toMap(s -> String.valueOf(s.getAgentId()),
                AgentSeat::getDisplayName, (a, b) -> a));
    }

    /** The values asked for, by dimension; only the report's own dimensions may be narrowed. */
    private static Map<String, Set<String>> filter(CustomReportSpec spec, Map<String, Set<String>> only) {
        Map<String, Set<String>> out = new TreeMap<>();
        if (only == null) {
            return out;
        }
        for (Map.Entry<String, Set<String>> e : only.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                continue;
            }
            String code = e.getKey() == null ? "" : e.getKey().strip().toUpperCase(Locale.ROOT);
            if (spec.dimensions().stream().noneMatch(d -> d.name().equals(code))) {
                throw new InvalidFieldException("only", "only the report's own dimensions can be narrowed: " + e.getKey())
                        .coded("customReport.filter");
            }
            out.put(code, e.getValue());
        }
        return out;
    }

    private static boolean kept(CustomReportSpec spec, List<String> keys, Map<String, Set<String>> filter) {
        for (int i = 0; i < keys.size(); i++) {
            Set<String> allowed = filter.get(spec.dimensions().get(i).name());
            if (allowed != null && !allowed.contains(keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.current().current().zone());
    }

    private CustomReport find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("custom report " + id + " not found")
                .coded("customReport.notFound", id));
    }

    private void nameFree(String name, Long self) {
        repository.findByName(name).filter(r -> !r.getId().equals(self)).ifPresent(r -> {
            throw new ConflictException("a custom report is already called " + r.getName())
                    .coded("customReport.nameTaken", r.getName());
        });
    }

    private static CustomReportSpec spec(Draft d) {
        return refusing(() -> CustomReportSpec.parse(d.metrics(), d.dimensions(), d.granularity()));
    }

    private static ChartKind chart(Draft d) {
        if (d.chart() == null || d.chart().isBlank()) {
            return ChartKind.TABLE;
        }
        return refusing(() -> {
            try {
                return ChartKind.valueOf(d.chart().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("chart: one of TABLE, BAR, LINE");
            }
        });
    }

    private static CustomReport.Period period(Draft d) {
        return new CustomReport.Period(d.lastDays() == null && d.from() == null && d.to() == null ? Integer.valueOf(7)
                : d.lastDays(), d.from(), d.to());
    }

    private static Saved view(CustomReport r) {
        CustomReportSpec s = r.spec();
        CustomReport.Period p = r.period();
        return new Saved(r.getId(), r.getName(), s.metrics().stream().map(Enum::name).toList(),
                s.dimensions().stream().map(Enum::name).toList(), s.granularity() == null ? null : s.granularity().name(),
                r.getChart().name(), p.lastDays(), p.from(), p.to(), r.getCreatedBy(), r.getCreatedAt());
    }

    /** The domain's refusals ("field: why") as the API's, each with its translated text. */
    private static <T> T refusing(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String field = message.contains(":") ? message.substring(0, message.indexOf(':')) : "report";
            throw switch (field) {
                case "metrics" -> new InvalidFieldException(field, message)
                        .coded("customReport.metrics", CustomReportSpec.MAX_METRICS);
                case "dimensions" -> new InvalidFieldException(field, message)
                        .coded("customReport.dimensions", CustomReportSpec.MAX_DIMENSIONS);
                case "granularity" -> new InvalidFieldException(field, message).coded("customReport.granularity");
                case "chart" -> new InvalidFieldException(field, message).coded("customReport.chart");
                case "name" -> new InvalidFieldException(field, message)
                        .coded("customReport.name", CustomReport.MAX_NAME);
                default -> new InvalidFieldException(field, message)
                        .coded("customReport.period", CustomReport.MAX_DAYS);
            };
        }
    }
}
