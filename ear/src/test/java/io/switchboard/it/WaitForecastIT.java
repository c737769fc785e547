package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The predicted wait (issue 21, item 7) replayed on the tenant's stopped clock: an agent with one open-chat slot
 * whose last chats took 60 s each, five visitors queued behind a sixth, served in 30, 90, 45, 75 and 60 s. Each
 * visitor is told k × 60 s at place k; the actual waits are 30, 120, 165, 240 and 300 s; the mean absolute error is
 * reported (9 s here, worked out by hand) and the prediction follows the queue as it moves.
 */
@ExtendWith(SwitchboardServer.class)
class WaitForecastIT {

    private static final Instant NINE = Instant.parse("2030-03-05T01:00:00Z");

    private final SwitchboardServer server = SwitchboardServer.get();
    private Api api;
    private Api platform;
    private String tenantId;

    private void at(int seconds) {
        Api.Reply r = platform.put("/api/platform/test-clock",
                Map.of("tenantId", tenantId, "at", NINE.plusSeconds(seconds).toString()));
        assertEquals(204, r.status(), r.toString());
    }

    @Test
    void eachVisitorIsToldItsWaitAndTheErrorAgainstTheActualWaitsIsReported() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "forecast");
        tenantId = tenant.id();
        api = new Api(server, tenant.apiKey());
        platform = new Api(server, server.platformKey());
        at(-60);
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("wrapUp")).put("enabled", false);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "wf-" + suffix, "displayName", "小林",
                "password", "Secret-" + suffix, "maxConcurrent", 1)).body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members",
                List.of(Map.of("agentId", agent, "priority", 1))).status());

        // history: three chats of 60 s each
        at(0);
        assertEquals(200, api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE")).status());
        for (int i = 0; i < 3; i++) {
            at(i * 60);
            long h = arrive(group);
            awaitState(h, "ASSIGNED");
            at(i * 60 + 60);
            close(h, agent);
        }
        Poll.until(Duration.ofSeconds(30), "the history counted", () ->
                api.get("/api/v1/reports/figures?from=2030-03-05&to=2030-03-05").body().path("segmentsEnded").asLong() == 3
                        ? true : null);

        // a visitor being served and five queued behind at 09:05:00
        at(300);
        long served = arrive(group);
        awaitState(served, "ASSIGNED");
        List<Long> queued = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            long q = arrive(group);
            JsonNode c = awaitState(q, "QUEUED");
            assertEquals(k, c.get("position").asInt(), c.toString());
            queued.add(q);
        }
        List<Long> predicted = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            JsonNode c = api.get("/api/v1/conversations/" + queued.get(k - 1)).body();
            assertEquals(60L * k, c.get("waitSeconds").asLong(), "place " + k + ": k × 60 s ÷ 1 slot: " + c);
            predicted.add(c.get("waitSeconds").asLong());
        }

        // served in 30, 90, 45, 75 and 60 s: each close hands the slot to the next visitor at that instant
        int[] serviceSeconds = {30, 90, 45, 75, 60};
        long now = 300;
        long holder = served;
        for (int k = 0; k < 5; k++) {
            now += serviceSeconds[k];
            at((int) now);
            close(holder, agent);
            holder = queued.get(k);
            awaitState(holder, "ASSIGNED");
            if (k == 0) {
                // the queue moved: the next visitor is now first, and told one handle time
                JsonNode next = api.get("/api/v1/conversations/" + queued.get(1)).body();
                assertEquals(1, next.get("position").asInt(), next.toString());
                assertTrue(next.get("waitSeconds").asLong() <= 60, "first in the queue: one handle time at most " + next);
            }
        }
        List<Long> actual = new ArrayList<>();
        for (long q : queued) {
            JsonNode c = api.get("/api/v1/conversations/" + q).body();
            actual.add(Duration.between(Instant.parse(c.get("queuedAt").asText()),
                    Instant.parse(c.get("assignedAt").asText())).toSeconds());
        }
        assertEquals(List.of(30L, 120L, 165L, 240L, 300L), actual);
        double mae = 0;
        for (int k = 0; k < 5; k++) {
            mae += Math.abs(predicted.get(k) - actual.get(k));
        }
        mae /= 5;
        System.out.printf("RESULT predicted wait: predicted %s s, actual %s s, mean absolute error %.1f s%n",
                predicted, actual, mae);
        assertEquals(9.0, mae, 1e-9, "(30 + 0 + 15 + 0 + 0) / 5");
        close(holder, agent);
        platform.put("/api/platform/test-clock", new HashMap<>(Map.of("tenantId", tenantId)));
    }

    private long arrive(long group) {
        Api.Reply r = api.post("/api/v1/conversations", Map.of("visitorId", "wf-" + UUID.randomUUID(),
                "channel", "WEB", "skillGroupId", group));
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asLong();
    }

    private JsonNode awaitState(long conversation, String state) throws InterruptedException {
        return Poll.until(Duration.ofSeconds(20), "conversation " + conversation + " " + state, () -> {
            JsonNode c = api.get("/api/v1/conversations/" + conversation).body();
            return state.equals(c.get("state").asText()) ? c : null;
        });
    }

    private void close(long conversation, long agent) {
        Api.Reply r = api.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", agent));
        assertEquals(200, r.status(), r.toString());
    }
}
