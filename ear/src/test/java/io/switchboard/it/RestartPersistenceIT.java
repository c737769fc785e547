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

    /**
     * A conversation waiting at a flow's menu is in the database too (FL-1): after a restart the visitor's answer
     * takes the menu's exit, the flow goes on from where it stood, and ends.
     */
    @Test
    void aConversationInAFlowGoesOnAfterARestart() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "restart3").apiKey());
        long flow = api.post("/api/v1/flows", Map.of("name", "重启")).body().get("flow").get("id").asLong();
        Map<String, Object> graph = new java.util.HashMap<>();
        graph.put("nodes", List.of(Map.of("id", "start", "kind", "START"),
                Map.of("id", "menu", "kind", "MENU", "text", "请选择：", "timeoutSeconds", 600, "options",
                        List.of(Map.of("key", "1", "label", "查订单"), Map.of("key", "2", "label", "退出"))),
                Map.of("id", "shipped", "kind", "MESSAGE", "text", "您的订单已发货"),
                Map.of("id", "bye", "kind", "END", "text", "再见")));
        graph.put("edges", List.of(Map.of("from", "start", "port", "next", "to", "menu"),
                Map.of("from", "menu", "port", "1", "to", "shipped"), Map.of("from", "menu", "port", "2", "to", "bye"),
                Map.of("from", "shipped", "port", "next", "to", "bye")));
        assertEquals(0, api.put("/api/v1/flows/" + flow + "/draft", graph).body().get("problems").size());
        assertEquals(201, api.post("/api/v1/flows/" + flow + "/publish", Map.of()).status());
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        settings.putArray("rules").addObject().put("match", "DEFAULT").put("target", "BOT").put("flowId", flow);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());

        JsonNode opened = api.post("/api/v1/conversations", Map.of("visitorId", "restart-flow", "channel", "WEB")).body();
        assertEquals("IN_FLOW", opened.get("state").asText(), opened.toString());
        String path = "/api/v1/conversations/" + opened.get("id").asLong();
        Poll.until(Duration.ofSeconds(10), "the menu", () -> api.get(path + "/messages").body().toString()
                .contains("请选择：") ? true : null);

        server.restart();

        assertEquals(202, api.post(path + "/messages", Map.of("text", "1")).status());
        Poll.until(Duration.ofSeconds(20), "the flow went on", () -> api.get(path + "/messages").body().toString()
                .contains("您的订单已发货") ? true : null);
        JsonNode run = Poll.until(Duration.ofSeconds(20), "the flow ended", () -> {
            JsonNode r = api.get(path + "/flow").body();
            return "ended".equals(r.path("outcome").asText()) ? r : null;
        });
        assertEquals(1, run.get("version").asInt(), run.toString());
        assertTrue(api.get(path + "/messages").body().toString().contains("再见"));
    }

    /** Long enough for a restart on a slow machine, so the queue is seen still waiting after it. */
    private static final int QUEUE_TIMEOUT = 70;
}
