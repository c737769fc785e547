package io.switchboard.interfaces.rest;

import io.switchboard.application.ImportReport;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Spreadsheet downloads and import answers, the same for every resource that has them; and time filters. */
final class Sheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    private Sheets() {
    }

    /** {@code format} is csv (default) or xlsx. */
    static boolean xlsx(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) {
            return false;
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return true;
        }
        throw new IllegalArgumentException("format: use csv or xlsx");
    }

    static Response download(byte[] content, String baseName, boolean xlsx) {
        return Response.ok(content, xlsx ? XLSX : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** 200 with the report when everything was imported, 422 with it when nothing was (see ImportReport). */
    static Response imported(ImportReport report) {
        return Response.status(report.errors().isEmpty() ? 200 : 422).entity(report).build();
    }

    /** An ISO-8601 instant query parameter, or null; a bad one is a 400 naming the parameter. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO-8601 instant like 2026-11-21T08:00:00Z");
        }
    }
}
