package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisor's tools (issue 21, 质检): a conversation going on is moved from one agent to another at once (both
 * agents' parts counted, the visitor told, the move audited); the visitor's rating reaches the reports; the sessions a
 * quality inspector looks at are found by rating, service time and response time. Refusals: a conversation nobody
 * holds, the holder itself, an offline agent, another tenant's conversation.
 */
@ExtendWith(SwitchboardServer.class)
class SupervisorToolsIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aSupervisorMovesALiveConversationAndFindsItByItsRatingAndTimes() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "supervise");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long a = api.post("/api/v1/agents", Map.of("username", "sa-" + suffix, "displayName", "甲",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        long b = api.post("/api/v1/agents", Map.of("username", "sb-" + suffix, "displayName", "乙",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        long c = api.post("/api/v1/agents", Map.of("username", "sc-" + suffix, "displayName", "丙",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members",
                List.of(Map.of("agentId", a, "priority", 1))).status());
        assertEquals(200, api.put("/api/v1/agents/" + a + "/status", Map.of("status", "ONLINE")).status());
        assertEquals(200, api.put("/api/v1/agents/" + b + "/status", Map.of("status", "ONLINE")).status());
        String key = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        AgentSocketIT.Frames visitor = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, key, "sv-" + suffix, 0, visitor);
        visitor.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"s-" + suffix + "\",\"text\":\"我的订单\",\"skillGroupId\":"
                + group + "}", true);
        long conversation = visitor.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        assertEquals(a, api.get("/api/v1/conversations/" + conversation).body().get("agentId").asLong());
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", a, "text", "您好，请稍等")).status());

        // refusals first: the holder itself, an agent signed out, a conversation of another tenant
        assertEquals(400, api.post("/api/v1/conversations/" + conversation + "/move", Map.of("toAgentId", a)).status());
        Api.Reply offline = api.post("/api/v1/conversations/" + conversation + "/move", Map.of("toAgentId", c));
        assertEquals(409, offline.status(), offline.toString());
        Api other = new Api(server, Api.newTenant(server, "supervise-other").apiKey());
        assertEquals(404, other.post("/api/v1/conversations/" + conversation + "/move", Map.of("toAgentId", b)).status());
        assertEquals(400, api.post("/api/v1/conversations/" + conversation + "/move", Map.of()).status(), "no agent named");

        Api.Reply moved = api.post("/api/v1/conversations/" + conversation + "/move",
                Map.of("toAgentId", b, "note", "甲下班了"));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(b, moved.body().get("agentId").asLong());
        assertEquals("ASSIGNED", moved.body().get("state").asText());
        JsonNode told = visitor.await(f -> AgentSocketIT.is(f, "message") && f.path("body").asText().contains("乙"));
        assertTrue(told.get("body").asText().contains("乙"), "the visitor hears who serves them now: " + told);
        JsonNode audit = api.get("/api/v1/audit?limit=20").body();
        assertTrue(audit.toString().contains("conversation.move"), "the move is audited: " + audit);

        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", b)).status());
        assertEquals(409, api.post("/api/v1/conversations/" + conversation + "/move", Map.of("toAgentId", a)).status(),
                "an ended conversation stays where it ended");
        visitor.await(f -> AgentSocketIT.is(f, "state") && "ENDED".equals(f.get("event").asText()));
        socket.sendText("{\"type\":\"rate\",\"conversationId\":" + conversation + ",\"score\":2,\"comment\":\"太慢\"}", true);

        // the reports count both parts, the transfer out and in, and the rating for the agent who had it last
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String day = "from=" + today + "&to=" + today;
        JsonNode agents = Poll.until(Duration.ofSeconds(30), "the move and the rating counted", () -> {
            JsonNode rows = api.get("/api/v1/reports/agents?" + day).body();
            return rows.size() == 2 && rows.toString().contains("\"ratings\":1") ? rows : null;
        });
        JsonNode ofA = agents.get(0).get("agentId").asLong() == a ? agents.get(0) : agents.get(1);
        JsonNode ofB = agents.get(0).get("agentId").asLong() == b ? agents.get(0) : agents.get(1);
        assertEquals(1, ofA.get("figures").get("transfersOut").asLong(), agents.toString());
        assertEquals(1, ofB.get("figures").get("transfersIn").asLong(), agents.toString());
        assertEquals(2.0, ofB.get("figures").get("avgRating").asDouble(), 1e-9, agents.toString());
        Map<String, Object> satisfaction = Map.of("metrics", List.of("AVG_SATISFACTION", "SESSIONS"),
                "dimensions", List.of("AGENT", "SESSION_TYPE"), "from", today, "to", today);
        JsonNode custom = Poll.until(Duration.ofSeconds(30), "the custom rows", () -> {
            JsonNode r = api.post("/api/v1/reports/custom/query", satisfaction).body();
            return r.toString().contains("TRANSFER") && r.toString().contains("2.0") ? r : null;
        });
        assertEquals(2, custom.get("rows").size(), custom.toString());
        assertEquals(List.of(String.valueOf(b), "TRANSFER"), List.of(custom.get("rows").get(1).get("keys").get(0).asText(),
                custom.get("rows").get(1).get("keys").get(1).asText()), custom.toString());

        // the quality inspector's list: by rating, by service time, by response time
        Poll.until(Duration.ofSeconds(30), "the parts' times counted", () ->
                sessions(api, "minServiceSeconds=0") == 1 ? true : null);
        assertEquals(1, sessions(api, "maxRating=2"));
        assertEquals(0, sessions(api, "maxRating=1"), "rated 2");
        assertEquals(0, sessions(api, "minServiceSeconds=3600"), "served for less than an hour");
        assertEquals(1, sessions(api, "minResponseSeconds=0"));
        assertEquals(0, sessions(api, "minResponseSeconds=3600"), "answered within an hour");
        assertEquals(1, sessions(api, "maxRating=2&minResponseSeconds=0&state=ended"));
        assertEquals(400, api.get("/api/v1/sessions?maxRating=9").status());
        assertEquals(400, api.get("/api/v1/sessions?minResponseSeconds=-1").status());
        socket.abort();
    }

    private static long sessions(Api api, String filter) {
        Api.Reply r = api.get("/api/v1/sessions?" + filter);
        assertEquals(200, r.status(), r.toString());
        return r.body().get("total").asLong();
    }
}
