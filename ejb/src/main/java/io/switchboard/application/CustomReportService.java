package io.switchboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom reports (RP-4, S3 §1.8): up to 10 metrics by up to 2 dimensions over up to 90 days, run at once or saved and
 * run again with the latest figures; an opened report can be given another period, fewer of its metrics and only some
 * values of its dimensions. Metric, dimension, granularity and chart codes are those of
 * {@link io.switchboard.domain.model.report.custom}.
 */
public interface CustomReportService {

    int MAX_SAVED = 50;

    /** What a report shows and over which days: {@code lastDays} (1 = today) or {@code from}–{@code to}. */
    record Draft(String name, List<String> metrics, List<String> dimensions, String granularity, String chart,
                 Integer lastDays, LocalDate from, LocalDate to) implements Serializable {
    }

    record Saved(long id, String name, List<String> metrics, List<String> dimensions, String granularity, String chart,
                 Integer lastDays, LocalDate from, LocalDate to, String createdBy, Instant createdAt) implements Serializable {
    }

    /**
     * One row of a result: the dimension values as codes or ids ({@code keys}; "" for none), how they read
     * ({@code labels}: the agent's name for an agent, else the key), and the metrics' values in the report's order
     * (an average of nothing is null).
     */
    record Row(List<String> keys, List<String> labels, List<Number> values) implements Serializable {
    }

    /**
     * @param offset how many rows come before these (the rows are in the order of their keys: numbers by value,
     *               then text, none last)
     * @param truncated more rows match after these (at most {@value #MAX_ROWS} are given at once)
     * @param countedUntil the facts up to this time are in the figures (the time of the oldest fact not counted yet, or now)
     * @param source where the figures were read: ROLLUPS (the hourly and daily rollups), SEALED_DAYS (every day's
     *               cells, by day or by hour) or SEALED_DAYS_AND_ROWS (the sealed days' cells and the other days' rows,
     *               one row per conversation and per agent's part)
     */
    record Result(LocalDate from, LocalDate to, String zone, List<String> metrics, List<String> dimensions,
                  String granularity, int offset, List<Row> rows, boolean truncated, Instant countedUntil,
                  String source)
            implements Serializable {
    }

    int MAX_ROWS = 5000;

    /** How far into a result the rows asked for may start. */
    int MAX_OFFSET = 1_000_000;

    List<Saved> list();

    Saved get(long id);

    Saved create(Draft draft);

    Saved update(long id, Draft draft);

    void delete(long id);

    /** Which rows of a result: {@code limit} (1 to {@value #MAX_ROWS}) after the first {@code offset}. */
    record Rows(int offset, int limit) implements Serializable {

        public static final Rows FIRST = new Rows(0, MAX_ROWS);
    }

    /** Runs a report not saved (the editor's preview, the API's ad hoc query). */
    Result run(Draft draft, Map<String, Set<String>> only, Rows rows);

    /**
     * Runs a saved report, optionally over other days ({@code from}, {@code to}), with some of its metrics
     * ({@code metrics}) and only some values of its dimensions ({@code only}: dimension code → keys).
     */
    Result run(long id, LocalDate from, LocalDate to, List<String> metrics, Map<String, Set<String>> only, Rows rows);
}
