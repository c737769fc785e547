package io.switchboard.loadtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Figures Gatling cannot take itself: latencies that start on one socket and end on another (a visitor's message
 * reaching the agent), measured from the <em>scheduled</em> send time carried in the message, and plain counters
 * (lost, duplicated, failed heartbeats). One instance per load-generator process; written as JSON at the end.
 */
public final class Results {

    private static final ConcurrentMap<String, Histogram> LATENCIES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, LongAdder> COUNTERS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, String> NOTES = new ConcurrentHashMap<>();
    /** The worst latency of each second of the window, by latency name: when in the run a stall happened. */
    private static final ConcurrentMap<String, ConcurrentMap<Long, java.util.concurrent.atomic.LongAccumulator>> WORST =
            new ConcurrentHashMap<>();

    private Results() {
    }

    /** Records one latency in milliseconds (negative values, from clock granularity, count as 0). */
    public static void latency(String name, long millis) {
        LATENCIES.computeIfAbsent(name, n -> new ConcurrentHistogram(3_600_000L, 3)).recordValue(Math.max(0, millis));
    }

    /** Records one latency and keeps the worst of its second ({@code second}: seconds into the window). */
    public static void latency(String name, long second, long millis) {
        latency(name, millis);
        WORST.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
                .computeIfAbsent(second, s -> new java.util.concurrent.atomic.LongAccumulator(Math::max, 0))
                .accumulate(Math.max(0, millis));
    }

    public static void count(String name) {
        add(name, 1);
    }

    public static void add(String name, long n) {
        COUNTERS.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    /** A derived figure (a rate, a ratio), written as it is. */
    public static void note(String name, String value) {
        NOTES.put(name, value);
    }

    public static long samples(String latency) {
        Histogram h = LATENCIES.get(latency);
        return h == null ? 0 : h.getTotalCount();
    }

    /** p50/p99/p99.9/max of one latency, in ms, as one readable phrase. */
    public static String describe(String name) {
        Histogram h = LATENCIES.get(name);
        if (h == null || h.getTotalCount() == 0) {
            return name + ": no samples";
        }
        return String.format("%s: n=%d p50=%d p99=%d p99.9=%d max=%d ms", name, h.getTotalCount(),
                h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
    }

    /**
     * Writes every latency and counter to {@code out/<file>.json} and prints them, one per line; the run script
     * folds them into its one-line summary.
     */
    public static void write(String file) {
        ObjectNode root = Fixture.JSON.createObjectNode();
        ObjectNode latencies = root.putObject("latencies");
        new TreeMap<>(LATENCIES).forEach((name, h) -> latencies.putObject(name).put("count", h.getTotalCount())
                .put("p50", h.getValueAtPercentile(50)).put("p99", h.getValueAtPercentile(99))
                .put("p999", h.getValueAtPercentile(99.9)).put("max", h.getMaxValue()));
        ObjectNode worst = root.putObject("worstBySecond");
        new TreeMap<>(WORST).forEach((name, bySecond) -> {
            ObjectNode series = worst.putObject(name);
            new TreeMap<>(bySecond).forEach((second, max) -> series.put(String.valueOf(second), max.get()));
        });
        ObjectNode counters = root.putObject("counters");
        new TreeMap<>(COUNTERS).forEach((name, n) -> counters.put(name, n.sum()));
        ObjectNode notes = root.putObject("notes");
        new TreeMap<>(NOTES).forEach(notes::put);
        try {
            Files.createDirectories(LoadConfig.outDir());
            Path target = LoadConfig.outDir().resolve(file + ".json");
            Fixture.JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new TreeMap<>(LATENCIES).keySet().forEach(name -> System.out.println("RESULT " + describe(name)));
        new TreeMap<>(COUNTERS).forEach((name, n) -> System.out.println("RESULT " + name + ": " + n.sum()));
        new TreeMap<>(NOTES).forEach((name, v) -> System.out.println("RESULT " + name + ": " + v));
    }
}
