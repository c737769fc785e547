package io.switchboard.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The report pages' bench (issue 21): after {@code reports-data.sql} has filled the fixture's tenant, each report the
 * console shows is asked for through the API behind its page, {@code warmup} times untimed and then
 * {@code requests} times one after the other, and its latencies are printed as RESULT lines (p50, p99, the worst).
 * The target is ≤ 1 s p99 for every page.
 *
 * <p>{@code ReportBench vars} prints the generator's psql variables instead: the tenant, its agents' ids, the group.
 */
public final class ReportBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Fixture.Data data = Fixture.read();
        if (args.length > 0 && args[0].equals("vars")) {
            StringJoiner agents = new StringJoiner(",", "{", "}");
            for (JsonNode a : get(data, "/api/v1/agents?limit=500").get("items")) {
                agents.add(a.get("agentId").asText());
            }
            System.out.println(data.tenantId() + " " + agents + " " + data.skillGroupId());
            return;
        }
        int warmup = LoadConfig.integer("warmup", 3);
        int requests = LoadConfig.integer("requests", 30);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String ninety = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(89).toString();
        String range = "from=" + ninety + "&to=" + today;
        long agent = get(data, "/api/v1/agents?limit=1").get("items").get(0).get("agentId").asLong();

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("KPIs, 90 days", Page.get("/api/v1/reports/kpis?" + range));
        pages.put("KPIs, 90 days, work hours only", Page.get("/api/v1/reports/kpis?" + range + "&workHoursOnly=true"));
        pages.put("KPIs, today", Page.get("/api/v1/reports/kpis?from=" + today + "&to=" + today));
        pages.put("overview, today", Page.get("/api/v1/reports/overview?day=" + today));
        pages.put("agent report, 90 days", Page.get("/api/v1/reports/agents?" + range));
        pages.put("agent drill-down, 90 days", Page.get("/api/v1/reports/agents/" + agent + "/parts?" + range + "&limit=50"));
        pages.put("custom: 9 metrics by agent × day, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"AVG_QUEUE_TIME\",\"MAX_QUEUE_TIME\",\"SESSIONS\",\"MESSAGES\",\"AVG_DURATION\","
                        + "\"AVG_FIRST_RESPONSE\",\"AVG_RESPONSE\",\"AVG_SATISFACTION\",\"AVG_QA_SCORE\"],"
                        + "\"dimensions\":[\"AGENT\",\"TIME\"],\"granularity\":\"DAY\",\"lastDays\":90}"));
        pages.put("custom: sessions by channel × week, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"SESSIONS\",\"AVG_RESPONSE\"],\"dimensions\":[\"CHANNEL\",\"TIME\"],"
                        + "\"granularity\":\"WEEK\",\"lastDays\":90}"));
        pages.put("custom: 10 metrics (unique visitors) by agent × day, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"AVG_QUEUE_TIME\",\"MAX_QUEUE_TIME\",\"TIMES_QUEUED\",\"UNIQUE_VISITORS\",\"SESSIONS\","
                        + "\"MESSAGES\",\"AVG_DURATION\",\"AVG_FIRST_RESPONSE\",\"AVG_RESPONSE\",\"AVG_SATISFACTION\"],"
                        + "\"dimensions\":[\"AGENT\",\"TIME\"],\"granularity\":\"DAY\",\"lastDays\":90}"));
        pages.put("custom: visitors and sessions by tag × week, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"UNIQUE_VISITORS\",\"SESSIONS\",\"AVG_SATISFACTION\"],"
                        + "\"dimensions\":[\"VISITOR_TAG\",\"TIME\"],\"granularity\":\"WEEK\",\"lastDays\":90}"));
        pages.put("custom: sessions by type × validity, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"SESSIONS\",\"MESSAGES\",\"MAX_DURATION\"],"
                        + "\"dimensions\":[\"SESSION_TYPE\",\"VALIDITY\"],\"lastDays\":90}"));
        pages.put("custom: 10 metrics (times queued) by agent × week, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"AVG_QUEUE_TIME\",\"MAX_QUEUE_TIME\",\"TIMES_QUEUED\",\"SESSIONS\",\"MESSAGES\","
                        + "\"AVG_DURATION\",\"MAX_FIRST_RESPONSE\",\"AVG_RESPONSE\",\"AVG_SATISFACTION\",\"AVG_QA_SCORE\"],"
                        + "\"dimensions\":[\"AGENT\",\"TIME\"],\"granularity\":\"WEEK\",\"lastDays\":90}"));
        pages.put("custom: sessions by validity × month, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"SESSIONS\",\"AVG_DURATION\",\"AVG_FIRST_RESPONSE\"],"
                        + "\"dimensions\":[\"VALIDITY\",\"TIME\"],\"granularity\":\"MONTH\",\"lastDays\":90}"));
        pages.put("custom: by hour, today", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"SESSIONS\",\"AVG_QUEUE_TIME\"],\"dimensions\":[\"TIME\"],\"granularity\":\"HOUR\",\"lastDays\":1}"));
        // by hour with what the hourly rollups do not keep (session type, tags, unique visitors): the sealed days' hours
        String last7 = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(6).toString();
        String byTypeAndHour = "{\"metrics\":[\"SESSIONS\",\"AVG_DURATION\"],\"dimensions\":[\"SESSION_TYPE\",\"TIME\"],"
                + "\"granularity\":\"HOUR\",\"from\":\"%s\",\"to\":\"" + today + "\"}";
        pages.put("custom: sessions by type × hour, 7 days", Page.post("/api/v1/reports/custom/query",
                byTypeAndHour.formatted(last7)));
        pages.put("custom: sessions by type × hour, 90 days", Page.post("/api/v1/reports/custom/query",
                byTypeAndHour.formatted(ninety)));
        pages.put("custom: visitors and sessions by tag × hour, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"UNIQUE_VISITORS\",\"SESSIONS\",\"TIMES_QUEUED\"],\"dimensions\":[\"VISITOR_TAG\",\"TIME\"],"
                        + "\"granularity\":\"HOUR\",\"lastDays\":90}"));
        pages.put("custom: 10 metrics (unique visitors) by agent × hour, 90 days", Page.post("/api/v1/reports/custom/query",
                "{\"metrics\":[\"AVG_QUEUE_TIME\",\"MAX_QUEUE_TIME\",\"TIMES_QUEUED\",\"UNIQUE_VISITORS\",\"SESSIONS\","
                        + "\"MESSAGES\",\"AVG_DURATION\",\"AVG_FIRST_RESPONSE\",\"AVG_RESPONSE\",\"AVG_SATISFACTION\"],"
                        + "\"dimensions\":[\"AGENT\",\"TIME\"],\"granularity\":\"HOUR\",\"lastDays\":90}"));
        pages.put("sessions, newest 50", Page.get("/api/v1/sessions?limit=50"));
        pages.put("sessions to inspect: rated ≤ 2", Page.get("/api/v1/sessions?state=ended&maxRating=2&limit=50"));
        pages.put("sessions to inspect: a response ≥ 30 s", Page.get("/api/v1/sessions?state=ended&minResponseSeconds=30&limit=50"));

        long from = System.currentTimeMillis();
        List<String> results = new ArrayList<>();
        double worstP99 = 0;
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            for (int i = 0; i < warmup; i++) {
                e.getValue().send(data);
            }
            List<Long> millis = new ArrayList<>();
            String body = "";
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                body = e.getValue().send(data);
                millis.add((System.nanoTime() - t) / 1_000_000);
            }
            // a custom report says where it was read: the rollups, the sealed days or the rows
            String source = body.startsWith("{") ? Fixture.JSON.readTree(body).path("source").asText("") : "";
            millis.sort(Long::compare);
            long p50 = millis.get(millis.size() / 2);
            long p99 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.99) - 1));
            worstP99 = Math.max(worstP99, p99);
            String line = String.format("%s%s: p50=%d ms p99=%d ms max=%d ms", e.getKey(),
                    source.isEmpty() ? "" : " [" + source + "]", p50, p99, millis.get(millis.size() - 1));
            System.out.println("RESULT " + line);
            results.add(line);
        }
        long to = System.currentTimeMillis();
        Files.writeString(LoadConfig.outDir().resolve("window"), from + " " + to + "\n");
        System.out.printf("RESULT worst p99 of every page: %.0f ms (target 1000 ms) over %d requests each%n", worstP99,
                requests);
    }

    /** One page's request: a GET, or a POST with its JSON body. */
    private record Page(String path, String body) {
        static Page get(String path) {
            return new Page(path, null);
        }

        static Page post(String path, String body) {
            return new Page(path, body);
        }

        /** @return the answer's body */
        String send(Fixture.Data data) throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(LoadConfig.baseUrl() + path))
                    .header("Authorization", "Bearer " + data.apiKey()).timeout(Duration.ofSeconds(120));
            if (body != null) {
                r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    private static JsonNode get(Fixture.Data data, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(LoadConfig.baseUrl() + path))
                .header("Authorization", "Bearer " + data.apiKey()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Fixture.JSON.readTree(r.body());
    }
}
