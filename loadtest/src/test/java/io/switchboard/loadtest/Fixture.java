package io.switchboard.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a load run needs on the server, made through the public APIs: a new tenant (platform API), one skill group,
 * one widget site and the agents in that group with their cap. Written to {@link LoadConfig#fixtureFile()} so every
 * load-generator process of the run uses the same tenant.
 *
 * <p>Run by {@code run.sh}: {@code java ... io.switchboard.loadtest.Fixture AGENTS CAP}.
 */
public final class Fixture {

    static final ObjectMapper JSON = new ObjectMapper();

    public record Agent(String username, String password) {
    }

    public record Data(String tenantId, String apiKey, String siteKey, long skillGroupId, List<Agent> agents) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int agents = Integer.parseInt(args[0]);
        int cap = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        Data data = new Fixture().create(agents, cap);
        Files.createDirectories(LoadConfig.outDir());
        JSON.writerWithDefaultPrettyPrinter().writeValue(LoadConfig.fixtureFile().toFile(), data);
        System.out.printf("fixture: tenant %s, %d agents (cap %d) in group %d, site %s, made in %d s%n", data.tenantId(),
                agents, cap, data.skillGroupId(), data.siteKey(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    public static Data read() {
        try {
            return JSON.readValue(LoadConfig.fixtureFile().toFile(), Data.class);
        } catch (IOException e) {
            throw new IllegalStateException("no fixture at " + LoadConfig.fixtureFile() + ": run Fixture first", e);
        }
    }

    Data create(int agentCount, int cap) throws Exception {
        String platformKey = LoadConfig.text("platformKey", System.getenv("SWITCHBOARD_PLATFORM_KEY"));
        if (platformKey == null) {
            throw new IllegalStateException("set -Dloadtest.platformKey (the server's SWITCHBOARD_PLATFORM_KEY)");
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonNode tenant = post(platformKey, "/api/platform/tenants", Map.of("code", "load-" + suffix,
                "name", "Load " + suffix, "adminUsername", "load-admin-" + suffix, "adminPassword", "Pw-" + UUID.randomUUID()));
        String apiKey = tenant.get("apiKey").asText();
        long group = post(apiKey, "/api/v1/skill-groups", Map.of("name", "压测组")).get("id").asLong();
        String site = post(apiKey, "/api/v1/widget-sites", Map.of("name", "load site")).get("siteKey").asText();

        // password hashing (PBKDF2, 210,000 rounds) dominates: one request per core and a little more
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Agent>> made = new ArrayList<>();
            for (int i = 0; i < agentCount; i++) {
                int n = i;
                made.add(pool.submit(() -> {
                    String username = "lt-" + suffix + "-" + n;
                    String password = "Secret-" + suffix + "-" + n;
                    post(apiKey, "/api/v1/staff", Map.of("username", username, "password", password,
                            "employeeNo", "L" + n, "fullName", "压测坐席 " + n, "nickname", "坐席" + n, "role", "AGENT",
                            "skillGroupIds", List.of(group), "maxConcurrent", cap));
                    return new Agent(username, password);
                }));
            }
            List<Agent> agents = new ArrayList<>();
            for (Future<Agent> f : made) {
                agents.add(f.get());
            }
            return new Data(tenant.get("tenantId").asText(), apiKey, site, group, agents);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * How far the report rollups lag behind (issue 21): now − the time up to which the tenant's reporting facts are
     * counted ({@code countedUntil} of its KPIs), in seconds; 0 when every fact is counted.
     */
    public static double reportLagSeconds(Data data) {
        try {
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            LoadConfig.baseUrl() + "/api/v1/reports/kpis?from=" + today + "&to=" + today))
                    .header("Authorization", "Bearer " + data.apiKey()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the KPIs answered " + r.statusCode() + ": " + r.body());
            }
            java.time.Instant counted = java.time.Instant.parse(JSON.readTree(r.body()).get("countedUntil").asText());
            return Math.max(0, java.time.Duration.between(counted, java.time.Instant.now()).toMillis() / 1000.0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String bearer, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(LoadConfig.baseUrl() + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
