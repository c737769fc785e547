package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor's socket (what the web widget uses): a message travels the durable queue into a routed
 * conversation and comes back with its sequence number; after a disconnect, reconnecting with the last seen
 * sequence number returns exactly the missed lines, nothing lost and nothing doubled.
 */
@ExtendWith(SwitchboardServer.class)
class VisitorSocketIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private WebSocket connect(String site, String visitor, long after, AgentSocketIT.Frames frames) throws Exception {
        return AgentSocketIT.visitorSocket(server, site, visitor, after, frames);
    }

    @Test
    void reconnectingWithTheLastSeenSequenceReturnsExactlyTheMissedMessages() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "vis");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "vis-agent-" + suffix, "displayName", "小陈",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        String visitor = "anon-" + suffix;
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = connect(site, visitor, 0, frames);
        JsonNode hello = frames.await(f -> AgentSocketIT.is(f, "hello"));
        assertTrue(hello.get("missed").isEmpty(), "a new visitor has no history");

        socket.sendText("{\"type\":\"send\",\"clientId\":\"w1-" + suffix + "\",\"text\":\"你好\",\"skillGroupId\":" + group + "}", true);
        assertEquals("w1-" + suffix, frames.await(f -> AgentSocketIT.is(f, "accepted")).get("clientId").asText());
        JsonNode mine = frames.await(f -> AgentSocketIT.is(f, "message") && f.get("seq").asLong() == 1);
        assertEquals("你好", mine.get("body").asText());
        assertEquals("w1-" + suffix, mine.get("clientMessageId").asText(), "the stored line acknowledges the client id");
        JsonNode assigned = frames.await(f -> AgentSocketIT.is(f, "message") && "ASSIGNED".equals(f.get("code").asText()));
        assertEquals("坐席分配成功，小陈为您服务。", assigned.get("body").asText());
        JsonNode welcome = frames.await(f -> AgentSocketIT.is(f, "message") && f.get("seq").asLong() == 3);
        long conversation = welcome.get("conversationId").asLong();

        socket.sendClose(WebSocket.NORMAL_CLOSURE, "tab closed").get(5, TimeUnit.SECONDS);
        for (String text : List.of("您好，请问需要什么？", "在吗？")) {
            assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/messages",
                    Map.of("agentId", agent, "text", text)).status());
        }

        AgentSocketIT.Frames again = new AgentSocketIT.Frames();
        WebSocket reconnected = connect(site, visitor, 3, again);
        JsonNode back = again.await(f -> AgentSocketIT.is(f, "hello"));
        assertEquals(conversation, back.get("conversationId").asLong());
        assertEquals("ASSIGNED", back.get("state").asText());
        List<Long> seqs = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        back.get("missed").forEach(m -> {
            seqs.add(m.get("seq").asLong());
            bodies.add(m.get("body").asText());
        });
        assertEquals(List.of(4L, 5L), seqs, "exactly the two lines sent while away");
        assertEquals(List.of("您好，请问需要什么？", "在吗？"), bodies);

        // live again: the next agent line is pushed; bad frames get an error and the socket stays usable
        api.post("/api/v1/conversations/" + conversation + "/messages", Map.of("agentId", agent, "text", "第三条"));
        assertEquals(6, again.await(f -> AgentSocketIT.is(f, "message")).get("seq").asLong());
        reconnected.sendText("{\"type\":\"send\",\"clientId\":\"\",\"text\":\"x\"}", true);
        assertTrue(again.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("clientId"));
        reconnected.sendText("{\"type\":\"ping\"}", true);
        again.await(f -> AgentSocketIT.is(f, "pong"));
        reconnected.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void anUnknownSiteKeyIsRefused() throws Exception {
        Api.Reply session = new Api(server, null).post("/api/widget/no-such-site/sessions", Map.of("visitorId", "anon-12345678"));
        assertEquals(404, session.status(), session.toString());
        assertEquals("unknown widget site key", session.body().get("detail").asText());
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocketWithPass(server, "no-such-site", "x.y", 0, frames);
        assertTrue(frames.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("unknown widget site key"));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!socket.isInputClosed() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(socket.isInputClosed(), "the server closed the socket");
    }
}
