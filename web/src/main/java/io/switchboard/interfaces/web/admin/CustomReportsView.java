package io.switchboard.interfaces.web.admin;

import io.switchboard.application.CustomReportService;
import io.switchboard.application.CustomReportService.Draft;
import io.switchboard.application.CustomReportService.Result;
import io.switchboard.application.CustomReportService.Rows;
import io.switchboard.application.CustomReportService.Saved;
import io.switchboard.domain.model.report.custom.ChartKind;
import io.switchboard.domain.model.report.custom.CustomReportSpec;
import io.switchboard.domain.model.report.custom.Granularity;
import io.switchboard.domain.model.report.custom.ReportDimension;
import io.switchboard.domain.model.report.custom.ReportMetric;
import io.switchboard.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 自定义报表 (RP-4): the saved reports as thumbnails; one opened in full, with another period, some of its metrics and
 * some values of its dimensions; and the editor that adds or changes one (name, period, chart, metrics, dimensions).
 */
@Named
@ViewScoped
public class CustomReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Integer> PERIODS = List.of(1, 7, 30, 90);

    @Inject
    CustomReportService reports;
    @Inject
    ConsoleActions actions;
    @Inject
    Messages messages;

    private List<Saved> saved = List.of();
    private final Map<Long, Result> thumbnails = new HashMap<>();
    private final Map<Long, String> thumbnailErrors = new HashMap<>();

    // the report opened in full
    private Saved open;
    private Result result;
    private LocalDate from;
    private LocalDate to;
    private List<String> shownMetrics = new ArrayList<>();
    private List<String> onlyFirst = new ArrayList<>();
    private List<String> onlySecond = new ArrayList<>();

    // the editor
    private Long editing;
    private String name;
    private List<String> metrics = new ArrayList<>();
    private List<String> dimensions = new ArrayList<>();
    private String granularity = Granularity.DAY.name();
    private String chart = ChartKind.BAR.name();
    private Integer lastDays = 7;
    private LocalDate fixedFrom;
    private LocalDate fixedTo;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        saved = reports.list();
        thumbnails.clear();
        thumbnailErrors.clear();
        for (Saved s : saved) {
            try {
                thumbnails.put(s.id(), reports.run(s.id(), null, null, List.of(), Map.of(), Rows.FIRST));
            } catch (RuntimeException e) {
                thumbnailErrors.put(s.id(), e.getMessage()); // one bad report does not hide the others
            }
        }
    }

    // ---- opening a report

    public void openReport(long id) {
        actions.run("custom", () -> {
            open = reports.get(id);
            from = null;
            to = null;
            shownMetrics = new ArrayList<>(open.metrics());
            onlyFirst = new ArrayList<>();
            onlySecond = new ArrayList<>();
            result = reports.run(id, null, null, List.of(), Map.of(), Rows.FIRST);
            from = result.from();
            to = result.to();
        }, null);
    }

    /** Runs the opened report again with the period, metrics and dimension values chosen. */
    public void refilter() {
        if (open == null) {
            return;
        }
        Map<String, Set<String>> only = new LinkedHashMap<>();
        if (!open.dimensions().isEmpty() && !onlyFirst.isEmpty()) {
            only.put(open.dimensions().get(0), new LinkedHashSet<>(onlyFirst));
        }
        if (open.dimensions().size() > 1 && !onlySecond.isEmpty()) {
            only.put(open.dimensions().get(1), new LinkedHashSet<>(onlySecond));
        }
        actions.run("custom", () -> result = reports.run(open.id(), from, to, shownMetrics, only, Rows.FIRST), null);
    }

    public void closeReport() {
        open = null;
        result = null;
    }

    /** The values a dimension of the opened report has, to narrow it to some ({@code index} 0 or 1). */
    public List<Choice> dimensionValues(int index) {
        if (open == null || open.dimensions().size() <= index) {
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Result all = thumbnails.get(open.id());
        for (Result r : all == null ? List.of(result) : List.of(all, result)) {
            for (CustomReportService.Row row : r.rows()) {
                values.putIfAbsent(row.keys().get(index), label(r.dimensions().get(index), row.keys().get(index),
                        row.labels().get(index)));
            }
        }
        return values.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    public record Choice(String value, String label) implements Serializable {
    }

    // ---- the editor

    public void add() {
        editing = null;
        name = "";
        metrics = new ArrayList<>(List.of(ReportMetric.SESSIONS.name()));
        dimensions = new ArrayList<>(List.of(ReportDimension.TIME.name()));
        granularity = Granularity.DAY.name();
        chart = ChartKind.BAR.name();
        lastDays = 7;
        fixedFrom = null;
        fixedTo = null;
    }

    public void edit() {
        if (open == null) {
            return;
        }
        editing = open.id();
        name = open.name();
        metrics = new ArrayList<>(open.metrics());
        dimensions = new ArrayList<>(open.dimensions());
        granularity = open.granularity() == null ? Granularity.DAY.name() : open.granularity();
        chart = open.chart();
        lastDays = open.lastDays();
        fixedFrom = open.from();
        fixedTo = open.to();
    }

    public void save() {
        Draft draft = new Draft(name, metrics, dimensions, granularity, chart, lastDays, lastDays == null ? fixedFrom : null,
                lastDays == null ? fixedTo : null);
        Long wasEditing = editing;
        boolean ok = actions.run("custom-edit", () -> {
            Saved s = editing == null ? reports.create(draft) : reports.update(editing, draft);
            editing = s.id();
        }, "console.custom.saved");
        if (ok) {
            load();
            if (wasEditing != null || open != null) {
                openReport(editing);
            }
        }
    }

    public void delete() {
        if (open == null) {
            return;
        }
        long id = open.id();
        if (actions.run("custom", () -> reports.delete(id), "console.custom.deleted")) {
            closeReport();
            load();
        }
    }

    // ---- how things read

    public String metricLabel(String code) {
        return messages.get("console.custom.metric." + code);
    }

    public String dimensionLabel(String code) {
        return messages.get("console.custom.dimension." + code);
    }

    /** A dimension value as the console says it: channels, session types and validity translated, none as "—". */
    public String label(String dimension, String key, String label) {
        if (key == null || key.isEmpty()) {
            return messages.get(ReportDimension.VISITOR_TAG.name().equals(dimension) ? "console.custom.noTag"
                    : "console.custom.none");
        }
        String bundleKey = switch (dimension) {
            case "CHANNEL" -> "console.channel." + key;
            case "SESSION_TYPE" -> "console.custom.type." + key;
            case "VALIDITY" -> "console.custom.validity." + key;
            default -> null;
        };
        return bundleKey != null && messages.has(bundleKey) ? messages.get(bundleKey) : label;
    }

    /** A row's dimension values as one label ("张三 · 2030-03-04"); a report without dimensions: "合计". */
    public String rowLabel(Result r, CustomReportService.Row row) {
        if (row.keys().isEmpty()) {
            return messages.get("console.custom.total");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < row.keys().size(); i++) {
            parts.add(label(r.dimensions().get(i), row.keys().get(i), row.labels().get(i)));
        }
        return String.join(" · ", parts);
    }

    /** A metric's value: times as m:ss, averages of scores with one decimal, counts whole; "—" for none. */
    public String value(String metric, Number v) {
        if (v == null) {
            return "—";
        }
        return switch (ReportMetric.valueOf(metric).unit()) {
            case MILLIS -> ConsoleFormat.spanOf(Math.round(v.doubleValue()));
            case SCORE -> String.format("%.1f", v.doubleValue());
            case COUNT -> String.valueOf(v.longValue());
        };
    }

    public String chartOf(long id) {
        Result r = thumbnails.get(id);
        Saved s = saved.stream().filter(x -> x.id() == id).findFirst().orElse(null);
        return r == null || s == null ? null : chartJson(r, "LINE".equals(s.chart()) ? "line" : "bar", false);
    }

    public String getOpenChart() {
        return result == null || open == null ? null : chartJson(result, "LINE".equals(open.chart()) ? "line" : "bar", true);
    }

    private String chartJson(Result r, String type, boolean legend) {
        List<String> labels = r.rows().stream().map(row -> rowLabel(r, row)).toList();
        var sets = io.switchboard.infrastructure.json.JsonProviders.PROVIDER.createArrayBuilder();
        for (int m = 0; m < r.metrics().size(); m++) {
            int index = m;
            boolean millis = ReportMetric.valueOf(r.metrics().get(m)).unit() == ReportMetric.Unit.MILLIS;
            List<Number> values = r.rows().stream().map(row -> {
                Number v = row.values().get(index);
                return v == null ? null : millis ? (Number) (v.doubleValue() / 1000.0) : v; // times in seconds
            }).toList();
            sets.add(ChartJson.series(metricLabel(r.metrics().get(m)) + (millis ? " (s)" : ""), values, ChartJson.color(m)));
        }
        return ChartJson.chart(type, ChartJson.labels(labels), sets, false, legend, false);
    }

    public boolean charted(Saved s) {
        return !ChartKind.TABLE.name().equals(s.chart());
    }

    public String periodLabel(Saved s) {
        return s.lastDays() != null ? messages.format("console.custom.lastDays", s.lastDays())
                : s.from() + " – " + s.to();
    }

    public List<String> getAllMetrics() {
        return Arrays.stream(ReportMetric.values()).map(Enum::name).toList();
    }

    public List<String> getAllDimensions() {
        return Arrays.stream(ReportDimension.values()).map(Enum::name).toList();
    }

    public List<String> getGranularities() {
        return Arrays.stream(Granularity.values()).map(Enum::name).toList();
    }

    public List<String> getCharts() {
        return Arrays.stream(ChartKind.values()).map(Enum::name).toList();
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getMetricsHelp() {
        return messages.format("console.custom.metricsHelp", CustomReportSpec.MAX_METRICS);
    }

    public String periodOption(int days) {
        return messages.format("console.custom.lastDays", days);
    }

    public List<Saved> getSaved() { return saved; }
    public Result thumbnail(long id) { return thumbnails.get(id); }
    public String thumbnailError(long id) { return thumbnailErrors.get(id); }
    public Saved getOpen() { return open; }
    public Result getResult() { return result; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<String> getShownMetrics() { return shownMetrics; }
    public void setShownMetrics(List<String> shownMetrics) { this.shownMetrics = new ArrayList<>(shownMetrics); }
    public List<String> getOnlyFirst() { return onlyFirst; }
    public void setOnlyFirst(List<String> onlyFirst) { this.onlyFirst = new ArrayList<>(onlyFirst); }
    public List<String> getOnlySecond() { return onlySecond; }
    public void setOnlySecond(List<String> onlySecond) { this.onlySecond = new ArrayList<>(onlySecond); }
    public Long getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getMetrics() { return metrics; }
    public void setMetrics(List<String> metrics) { this.metrics = new ArrayList<>(metrics); }
    public List<String> getDimensions() { return dimensions; }
    public void setDimensions(List<String> dimensions) { this.dimensions = new ArrayList<>(dimensions); }
    public String getGranularity() { return granularity; }
    public void setGranularity(String granularity) { this.granularity = granularity; }
    public String getChart() { return chart; }
    public void setChart(String chart) { this.chart = chart; }
    public Integer getLastDays() { return lastDays; }
    public void setLastDays(Integer lastDays) { this.lastDays = lastDays; }
    public LocalDate getFixedFrom() { return fixedFrom; }
    public void setFixedFrom(LocalDate fixedFrom) { this.fixedFrom = fixedFrom; }
    public LocalDate getFixedTo() { return fixedTo; }
    public void setFixedTo(LocalDate fixedTo) { this.fixedTo = fixedTo; }
}
