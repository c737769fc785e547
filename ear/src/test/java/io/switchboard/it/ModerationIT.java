package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sensitive words (AD-7): BLOCK refuses visitor and agent messages with a clear error and stores nothing; WARN
 * lets them through marked. Recall (CH-10): the agent takes a line back, both sides are told, only once, only
 * their own line.
 */
@ExtendWith(SwitchboardServer.class)
class ModerationIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void blockedWordsAreRefusedWarnedWordsAreMarkedAndAgentsRecallTheirOwnLines() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "mod");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "mod-" + suffix, "displayName", "小吴",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        long other = api.post("/api/v1/agents", Map.of("username", "mod2-" + suffix, "displayName", "小郑",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        assertEquals(201, api.post("/api/v1/sensitive-words", Map.of("word", "傻瓜")).status());
        assertEquals(409, api.post("/api/v1/sensitive-words", Map.of("word", " 傻瓜 ")).status(), "listed once");
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.url("/api/v1/sensitive-words/import")).header("Authorization", "Bearer " + tenant.apiKey())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("SPAM\n\n傻瓜\n代开发票\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        JsonNode result = Api.JSON.readTree(imported.body());
        assertEquals(2, result.get("added").asInt(), "the known word is skipped");
        assertEquals(3, result.get("total").asInt());
        assertEquals("BLOCK", api.get("/api/v1/sensitive-words/mode").body().get("mode").asText(), "default mode");

        // BLOCK: the visitor's message is refused on the socket and on the IM API; nothing is stored
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, site, "mod-v-" + suffix, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"m1-" + suffix + "\",\"text\":\"你这个傻瓜\",\"skillGroupId\":" + group + "}", true);
        JsonNode refused = frames.await(f -> AgentSocketIT.is(f, "error"));
        // the visitor learns the line was refused and which one, not the tenant's word list
        assertEquals("sensitive", refused.get("code").asText(), refused.toString());
        assertEquals("m1-" + suffix, refused.get("clientId").asText());
        assertFalse(refused.toString().contains("傻瓜"), refused.toString());
        Api.Reply im = api.post("/api/v1/im/messages", Map.of("senderId", "mod-im-" + suffix, "clientMessageId",
                "im1-" + suffix, "text", "buy spam here"));
        assertEquals(422, im.status(), im.toString());
        assertEquals("application/problem+json", im.contentType());
        assertTrue(im.body().get("detail").asText().contains("spam"));
        assertEquals(404, api.get("/api/v1/im/messages/im1-" + suffix).status(), "nothing stored");

        // a clean message opens the conversation; the agent's blocked line is refused too
        socket.sendText("{\"type\":\"send\",\"clientId\":\"m2-" + suffix + "\",\"text\":\"你好\",\"skillGroupId\":" + group + "}", true);
        long conversation = frames.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        Api.Reply agentBlocked = api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", agent, "text", "可以代开发票"));
        assertEquals(422, agentBlocked.status(), agentBlocked.toString());

        // WARN: the message goes through, marked with the words; the check endpoint tells agents before sending
        assertEquals("WARN", api.put("/api/v1/sensitive-words/mode", Map.of("mode", "WARN")).body().get("mode").asText());
        JsonNode check = api.post("/api/v1/sensitive-words/check", Map.of("text", "SPAM 和 傻瓜")).body();
        assertEquals(2, check.get("words").size());
        assertEquals(java.util.Set.of("傻瓜", "spam"),
                java.util.Set.of(check.get("words").get(0).asText(), check.get("words").get(1).asText()));
        assertEquals(false, check.get("blocked").asBoolean());
        socket.sendText("{\"type\":\"send\",\"clientId\":\"m3-" + suffix + "\",\"text\":\"傻瓜才等这么久\"}", true);
        JsonNode marked = frames.await(f -> AgentSocketIT.is(f, "message") && ("m3-" + suffix).equals(f.get("clientMessageId").asText()));
        assertEquals("傻瓜", marked.get("flagged").get(0).asText());

        // CH-10: the agent recalls a line; both sides are told; only once, only by its sender
        Api.Reply sent = api.post("/api/v1/conversations/" + conversation + "/messages", Map.of("agentId", agent, "text", "发错了"));
        assertEquals(200, sent.status());
        long seq = frames.await(f -> AgentSocketIT.is(f, "message") && "发错了".equals(f.get("body").asText())).get("seq").asLong();
        assertEquals(409, api.post("/api/v1/conversations/" + conversation + "/messages/" + seq + "/recall",
                Map.of("agentId", other)).status(), "another agent cannot recall it");
        Api.Reply recalled = api.post("/api/v1/conversations/" + conversation + "/messages/" + seq + "/recall", Map.of("agentId", agent));
        assertEquals(200, recalled.status(), recalled.toString());
        assertEquals(true, recalled.body().get("recalled").asBoolean());
        JsonNode frame = frames.await(f -> AgentSocketIT.is(f, "recalled"));
        assertEquals(seq, frame.get("seq").asLong());
        assertEquals(409, api.post("/api/v1/conversations/" + conversation + "/messages/" + seq + "/recall",
                Map.of("agentId", agent)).status(), "once only");
        assertEquals(409, api.post("/api/v1/conversations/" + conversation + "/messages/1/recall",
                Map.of("agentId", agent)).status(), "not the visitor's line");
        JsonNode line = null;
        for (JsonNode m : api.get("/api/v1/conversations/" + conversation + "/messages").body()) {
            if (m.get("seq").asLong() == seq) {
                line = m;
            }
        }
        assertTrue(line != null && line.get("recalled").asBoolean() && line.get("body").asText().isEmpty(),
                "the transcript no longer shows the text: " + line);
        // a reconnecting widget sees the line as recalled
        AgentSocketIT.Frames again = new AgentSocketIT.Frames();
        AgentSocketIT.visitorSocket(server, site, "mod-v-" + suffix, 0, again);
        JsonNode hello = again.await(f -> AgentSocketIT.is(f, "hello"));
        boolean seen = false;
        for (JsonNode m : hello.get("missed")) {
            if (m.get("seq").asLong() == seq) {
                seen = m.get("recalled").asBoolean() && m.get("body").asText().isEmpty();
            }
        }
        assertTrue(seen, "recalled in the catch-up: " + hello);
        // a widget that had already seen the line (its cursor is past it) learns of the recall from hello
        AgentSocketIT.Frames late = new AgentSocketIT.Frames();
        AgentSocketIT.visitorSocket(server, site, "mod-v-" + suffix, seq, late);
        JsonNode lateHello = late.await(f -> AgentSocketIT.is(f, "hello"));
        for (JsonNode m : lateHello.get("missed")) {
            assertTrue(m.get("seq").asLong() > seq, "only lines after the cursor: " + lateHello);
        }
        assertEquals("[" + seq + "]", lateHello.get("recalled").toString(), lateHello.toString());
    }
}
