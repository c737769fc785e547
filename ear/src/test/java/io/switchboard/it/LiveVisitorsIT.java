package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, item 23 (S2 §1 在线访客, S3 §2.2 主动发起会话): the visitors browsing a site now, and a chat an agent
 * starts with one of them — assigned to that agent at once, counted against the agent's cap, pushed to the visitor's
 * widget with the agent's first line; refused when the visitor is in a chat or gone, or the agent is full.
 */
@ExtendWith(SwitchboardServer.class)
class LiveVisitorsIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void anAgentSeesWhoIsBrowsingAndStartsAChatThatCountsAgainstTheCap() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "live").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        long agent = api.post("/api/v1/agents", Map.of("username", "live-" + suffix, "displayName", "小周",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/cap", Map.of("maxConcurrent", 1));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "活动页")).body().get("siteKey").asText();
        assertEquals(0, api.get("/api/v1/visitors/live").body().size(), "nobody yet");

        String first = "live-a-" + suffix;
        String second = "live-b-" + suffix;
        AgentSocketIT.Frames a = new AgentSocketIT.Frames();
        AgentSocketIT.Frames b = new AgentSocketIT.Frames();
        WebSocket socketA = AgentSocketIT.visitorSocket(server, site, first, 0, a);
        WebSocket socketB = AgentSocketIT.visitorSocket(server, site, second, 0, b);
        a.await(f -> AgentSocketIT.is(f, "hello"));
        b.await(f -> AgentSocketIT.is(f, "hello"));
        JsonNode live = api.get("/api/v1/visitors/live").body();
        assertEquals(List.of(first, second).stream().sorted().toList(), ids(live).stream().sorted().toList());
        JsonNode row = find(live, first);
        assertEquals("活动页", row.get("siteName").asText());
        assertEquals(1, row.get("pages").asInt());
        assertFalse(row.hasNonNull("conversationId"), "not in a conversation");

        // the agent is offline: refused, nothing started
        Api.Reply offline = api.post("/api/v1/visitors/" + first + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(409, offline.status(), offline.toString());
        assertEquals("agent.notSignedIn", offline.body().path("code").asText(offline.body().toString()));

        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        Api.Reply started = api.post("/api/v1/visitors/" + first + "/chats",
                Map.of("agentId", agent, "text", "您好，看到您在看活动页，有什么可以帮您？"));
        assertEquals(201, started.status(), started.toString());
        assertEquals("ASSIGNED", started.body().get("state").asText());
        assertEquals(agent, started.body().get("agentId").asLong());
        long conversation = started.body().get("id").asLong();

        // the visitor's widget hears at once: the agent is there, with the first line
        JsonNode assigned = a.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()));
        assertEquals(conversation, assigned.get("conversationId").asLong());
        assertEquals("小周", assigned.get("agentName").asText());
        JsonNode line = a.await(f -> AgentSocketIT.is(f, "message") && "AGENT".equals(f.get("sender").asText()));
        assertEquals("您好，看到您在看活动页，有什么可以帮您？", line.get("body").asText());
        assertEquals(conversation, find(api.get("/api/v1/visitors/live").body(), first).get("conversationId").asLong());

        // the visitor answers in the same conversation
        socketA.sendText("{\"type\":\"send\",\"clientId\":\"r1\",\"text\":\"想问下优惠\"}", true);
        a.await(f -> AgentSocketIT.is(f, "message") && "想问下优惠".equals(f.get("body").asText())
                && f.get("conversationId").asLong() == conversation);

        // the chat counts against the cap of 1: a second one is refused; so is a second chat with the same visitor
        Api.Reply full = api.post("/api/v1/visitors/" + second + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(409, full.status(), full.toString());
        assertEquals("agent.atCap", full.body().path("code").asText(full.body().toString()));
        Api.Reply again = api.post("/api/v1/visitors/" + first + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(409, again.status(), again.toString());
        Api.Reply gone = api.post("/api/v1/visitors/nobody-" + suffix + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(409, gone.status(), gone.toString());
        assertEquals(400, api.post("/api/v1/visitors/" + second + "/chats",
                Map.of("agentId", agent, "text", "x".repeat(4001))).status());

        // another tenant sees none of these visitors and cannot start a chat with them, nor lend its agent
        Api.Tenant otherTenant = Api.newTenant(server, "live2");
        Api other = new Api(server, otherTenant.apiKey());
        assertEquals(0, other.get("/api/v1/visitors/live").body().size());
        long stranger = other.post("/api/v1/agents", Map.of("username", "live2-" + suffix, "displayName", "外人",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        other.put("/api/v1/agents/" + stranger + "/status", Map.of("status", "ONLINE"));
        Api.Reply foreignVisitor = other.post("/api/v1/visitors/" + second + "/chats", Map.of("agentId", stranger));
        assertEquals(409, foreignVisitor.status(), foreignVisitor.toString());
        assertEquals("visitor.gone", foreignVisitor.body().path("code").asText());
        Api.Reply foreignAgent = api.post("/api/v1/visitors/" + second + "/chats", Map.of("agentId", stranger));
        assertEquals(404, foreignAgent.status(), foreignAgent.toString());

        // with room again, a chat without a line greets in the visitor's language
        api.put("/api/v1/agents/" + agent + "/cap", Map.of("maxConcurrent", 2));
        assertEquals(201, api.post("/api/v1/visitors/" + second + "/chats", Map.of("agentId", agent)).status());
        assertEquals("您好！有什么可以帮您的吗？",
                b.await(f -> AgentSocketIT.is(f, "message") && "AGENT".equals(f.get("sender").asText())).get("body").asText());
        socketA.abort();
        socketB.abort();
    }

    private static List<String> ids(JsonNode live) {
        List<String> ids = new ArrayList<>();
        live.forEach(v -> ids.add(v.get("visitorId").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode live, String visitor) {
        for (JsonNode v : live) {
            if (visitor.equals(v.get("visitorId").asText())) {
                return v;
            }
        }
        throw new AssertionError(visitor + " not in " + live);
    }
}
