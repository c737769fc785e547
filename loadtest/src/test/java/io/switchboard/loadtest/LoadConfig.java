package io.switchboard.loadtest;

import java.nio.file.Path;

/**
 * The knobs of a load run, read from system properties ({@code -Dloadtest.visitors=...}); {@code run.sh} sets them
 * and the defaults are the targets for a 2-core machine.
 */
public final class LoadConfig {

    private LoadConfig() {
    }

    public static String baseUrl() {
        return text("baseUrl", "http://127.0.0.1:8080");
    }

    public static String wsBaseUrl() {
        return baseUrl().replaceFirst("^http", "ws");
    }

    /** Where fixtures, latency summaries and the stop file live. */
    public static Path outDir() {
        return Path.of(text("out", "target/loadtest"));
    }

    /** The fixture file written by {@link Fixture} and read by the simulations of the same run. */
    public static Path fixtureFile() {
        return outDir().resolve("fixture.json");
    }

    /** Processes of a run stop holding their sockets when this file appears (the run script creates it). */
    public static Path stopFile() {
        return outDir().resolve("stop");
    }

    public static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }

    public static String text(String name, String fallback) {
        String value = System.getProperty("loadtest." + name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
