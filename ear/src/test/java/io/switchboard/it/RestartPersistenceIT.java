package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data written before a server restart is there after it: on the default H2 file database this proves the
 * database lives in a file under the server's data directory, not in memory; conversations, the queue and deadlines
 * live there too.
 */
@ExtendWith(SwitchboardServer.class)
class RestartPersistenceIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void skillGroupTenantAndLoginSurviveARestart() {
        Api.Tenant tenant = Api.newTenant(server, "restart");
        String name = "Survivor " + UUID.randomUUID();
        long id = new Api(server, tenant.apiKey()).post("/api/v1/skill-groups", Map.of("name", name))
                .body().get("id").asLong();

        server.restart();

        Api.Reply after = new Api(server, tenant.apiKey()).get("/api/v1/skill-groups/" + id);
        assertEquals(200, after.status(), after.toString());
        assertEquals(name, after.body().get("name").asText());
        assertEquals(302, new Browser(server, "en").login(tenant.adminUsername(), tenant.adminPassword())
                .statusCode(), "the account and its password hash survived too");
    }

    /**
     * A served conversation, a waiting one with its place, and a deadline (the queue timeout) are in the database,
     * not in a node's memory: after a restart the served one is still served with its transcript, the waiting one
     * still waits first in line, and its queue timeout still fires.
     */
    @Test
    void conversationsTheQueueAndDeadlinesSurviveARestart() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "restart2").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "restart-" + suffix, "displayName", "小久",
                "password", "Pw-" + UUID.randomUUID(), "maxConcurrent", 1)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("queueTimeout")).put("seconds", QUEUE_TIMEOUT);
        // the agent has no socket here: after the restart it must not be signed off for a lost connection
        ((ObjectNode) settings.get("agentOfflineAfterDisconnect")).put("enabled", false);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());

        JsonNode served = api.post("/api/v1/conversations", Map.of("visitorId", "restart-v1", "channel", "WEB",
                "skillGroupId", group)).body();
        assertEquals("ASSIGNED", served.get("state").asText(), served.toString());
        long waiting = api.post("/api/v1/conversations", Map.of("visitorId", "restart-v2", "channel", "WEB",
                "skillGroupId", group)).body().get("id").asLong();
        long queuedAt = System.nanoTime();
        String path = "/api/v1/conversations/" + served.get("id").asLong();
        assertEquals(200, api.post(path + "/messages", Map.of("agentId", agent, "text", "重启前的回复")).status());

        server.restart();

        JsonNode after = api.get(path).body();
        assertEquals("ASSIGNED", after.get("state").asText(), after.toString());
        assertEquals(agent, after.get("agentId").asLong());
        assertTrue(api.get(path + "/messages").body().toString().contains("重启前的回复"));
        long restartedAfter = Duration.ofNanos(System.nanoTime() - queuedAt).toSeconds();
        if (restartedAfter < QUEUE_TIMEOUT - 5) {
            JsonNode queue = api.get("/api/v1/queue").body();
            assertEquals(1, queue.get("total").asInt(), queue.toString());
            assertEquals(waiting, queue.get("items").get(0).get("conversationId").asLong());
            assertEquals(1, queue.get("items").get(0).get("position").asInt());
        }
        JsonNode timedOut = Poll.until(Duration.ofSeconds(QUEUE_TIMEOUT + 60), "the queue timeout after the restart", () -> {
            JsonNode c = api.get("/api/v1/conversations/" + waiting).body();
            return "TIMED_OUT".equals(c.get("state").asText()) ? c : null;
        });
        assertEquals("QUEUE_TIMEOUT", timedOut.get("endReason").asText());
        assertTrue(Duration.ofNanos(System.nanoTime() - queuedAt).toSeconds() >= QUEUE_TIMEOUT - 1, "not early");
    }

    /** Long enough for a restart on a slow machine, so the queue is seen still waiting after it. */
    private static final int QUEUE_TIMEOUT = 70;
}
