package io.switchboard.domain.model.report.custom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a custom report shows (RP-4): 1 to 10 metrics and at most 2 dimensions, each once, and the granularity of the
 * time dimension (required with it, refused without it). Codes are read case-insensitively; an unknown one is refused
 * with the field named.
 */
public record CustomReportSpec(List<ReportMetric> metrics, List<ReportDimension> dimensions, Granularity granularity) {

    public static final int MAX_METRICS = 10;
    public static final int MAX_DIMENSIONS = 2;

    public CustomReportSpec {
        if (metrics == null || metrics.isEmpty() || metrics.size() > MAX_METRICS) {
            throw new IllegalArgumentException("metrics: choose 1 to " + MAX_METRICS);
        }
        dimensions = dimensions == null ? List.of() : dimensions;
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimensions: at most " + MAX_DIMENSIONS);
        }
        if (new LinkedHashSet<>(metrics).size() != metrics.size()) {
            throw new IllegalArgumentException("metrics: each at most once");
        }
        if (new LinkedHashSet<>(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("dimensions: each at most once");
        }
        boolean time = dimensions.contains(ReportDimension.TIME);
        if (time && granularity == null) {
            throw new IllegalArgumentException("granularity: required with the time dimension (HOUR, DAY, WEEK, MONTH)");
        }
        granularity = time ? granularity : null;
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
    }

    /** Parses codes as the API and the saved reports carry them (e.g. "AVG_QUEUE_TIME,SESSIONS"). */
    public static CustomReportSpec parse(List<String> metrics, List<String> dimensions, String granularity) {
        return new CustomReportSpec(codes(ReportMetric.class, "metrics", metrics),
                codes(ReportDimension.class, "dimensions", dimensions),
                granularity == null || granularity.isBlank() ? null : code(Granularity.class, "granularity", granularity));
    }

    /** Metric codes as given (blank ones skipped); an unknown one is refused. */
    public static List<ReportMetric> metricCodes(List<String> codes) {
        return codes(ReportMetric.class, "metrics", codes);
    }

    static <E extends Enum<E>> List<E> codes(Class<E> type, String field, List<String> values) {
        List<E> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v != null && !v.isBlank()) {
                out.add(code(type, field, v));
            }
        }
        return out;
    }

    static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown code " + value.strip());
        }
    }

    public boolean needsCreationRows() {
        return metrics.stream().anyMatch(ReportMetric::byCreation);
    }

    public boolean needsPartRows() {
        return metrics.stream().anyMatch(m -> !m.byCreation());
    }

    /** The spec with only some of its metrics (a report opened and narrowed); none given: all of them. */
    public CustomReportSpec narrowedTo(List<ReportMetric> only) {
        if (only == null || only.isEmpty()) {
            return this;
        }
        if (!metrics.containsAll(only)) {
            throw new IllegalArgumentException("metrics: only the report's own metrics can be chosen");
        }
        return new CustomReportSpec(metrics.stream().filter(only::contains).toList(), dimensions, granularity);
    }
}
