package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor's socket (what the web widget uses): a message travels the durable queue into a routed
 * conversation and comes back with its sequence number; after a disconnect, reconnecting with the last seen
 * sequence number returns exactly the missed lines, nothing lost and nothing doubled.
 */
@ExtendWith(SwitchboardServer.class)
class VisitorSocketIT {

    /** A transcript line of the workbench's open chat (agent/index.xhtml). */
    private static final Pattern WORKBENCH_LINE = Pattern.compile("class=\"wb-line [^\"]*\"\\s+data-seq=\"(\\d+)\"");

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

    /**
     * Away for more than two pages of lines (a page is 1,000): {@code hello} carries the first page and says
     * {@code more}, the client asks after its last line until a page says nothing more, and every stored line
     * arrives exactly once and in order. The agent's workbench shows the whole chat too, not its first 1,000 lines.
     */
    @Test
    void aReconnectAfterMoreThanAThousandLinesCatchesUpPageByPageWithNothingLostOrDoubled() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "page");
        Api api = new Api(server, tenant.apiKey());
        // nothing but the agent may write while the visitor is away, and nothing may end the chat
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        for (String timer : List.of("customerIdleWarning", "customerIdleClose", "agentReplyTimeout", "invalidSessionCleanup",
                "agentOfflineAfterDisconnect", "visitorOfflineAfterDisconnect")) {
            ((ObjectNode) settings.get(timer)).put("enabled", false);
        }
        Api.Reply saved = api.put("/api/v1/routing-settings", settings);
        assertEquals(200, saved.status(), saved.toString());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "page-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小林", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        String visitor = "anon-" + suffix;
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = connect(site, visitor, 0, frames);
        JsonNode first = frames.await(f -> AgentSocketIT.is(f, "hello"));
        assertFalse(first.get("more").asBoolean(), "a new visitor has nothing more to catch up");
        socket.sendText("{\"type\":\"send\",\"clientId\":\"p1-" + suffix + "\",\"text\":\"我的订单\",\"skillGroupId\":" + group + "}", true);
        long conversation = frames.await(f -> AgentSocketIT.is(f, "message") && f.get("seq").asLong() == 1)
                .get("conversationId").asLong();
        Poll.until(Duration.ofSeconds(15), "the conversation is assigned", () ->
                "ASSIGNED".equals(api.get("/api/v1/conversations/" + conversation).body().get("state").asText()) ? true : null);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "tab closed").get(5, TimeUnit.SECONDS);

        for (int i = 1; i <= 2100; i++) {
            Api.Reply line = api.post("/api/v1/conversations/" + conversation + "/messages",
                    Map.of("agentId", agent, "text", "第 " + i + " 行"));
            assertEquals(200, line.status(), line.toString());
        }
        List<Long> storedSeqs = new ArrayList<>();
        List<String> storedBodies = new ArrayList<>();
        for (long after = 0; ; ) {
            JsonNode stored = api.get("/api/v1/conversations/" + conversation + "/messages?limit=1000&after=" + after).body();
            stored.forEach(m -> {
                storedSeqs.add(m.get("seq").asLong());
                storedBodies.add(m.get("body").asText());
            });
            if (stored.size() < 1000) {
                break;
            }
            after = storedSeqs.get(storedSeqs.size() - 1);
        }
        assertTrue(storedSeqs.size() > 2100, "the visitor's line, the notices and 2,100 agent lines: " + storedSeqs.size());
        assertEquals(LongStream.rangeClosed(1, storedSeqs.size()).boxed().toList(), storedSeqs, "stored gap-free");

        AgentSocketIT.Frames again = new AgentSocketIT.Frames();
        WebSocket reconnected = connect(site, visitor, 0, again);
        JsonNode hello = again.await(f -> AgentSocketIT.is(f, "hello"));
        assertEquals(conversation, hello.get("conversationId").asLong());
        assertEquals(1000, hello.get("missed").size(), "hello carries one page");
        assertTrue(hello.get("more").asBoolean(), "and says that more follow");
        List<JsonNode> caughtUp = new ArrayList<>();
        hello.get("missed").forEach(caughtUp::add);
        int asked = 0;
        for (JsonNode page = hello; page.get("more").asBoolean(); ) {
            assertTrue(++asked <= 5, "paging ends");
            long after = caughtUp.get(caughtUp.size() - 1).get("seq").asLong();
            reconnected.sendText("{\"type\":\"catchUp\",\"conversationId\":" + conversation + ",\"after\":" + after + "}", true);
            page = again.await(f -> AgentSocketIT.is(f, "missed"));
            assertEquals(conversation, page.get("conversationId").asLong());
            assertTrue(page.get("missed").size() > 0, "a page that says more is never empty");
            page.get("missed").forEach(caughtUp::add);
        }
        assertEquals(2, asked, "three pages: 1,000 + 1,000 + the rest");
        assertEquals(storedSeqs, caughtUp.stream().map(m -> m.get("seq").asLong()).toList(),
                "every line exactly once, in order");
        assertEquals(storedBodies, caughtUp.stream().map(m -> m.get("body").asText()).toList());
        caughtUp.forEach(m -> assertEquals(conversation, m.get("conversationId").asLong()));

        // asking again at the end: an empty page that says nothing more; a catch-up without a cursor is an error
        reconnected.sendText("{\"type\":\"catchUp\",\"conversationId\":" + conversation + ",\"after\":"
                + storedSeqs.get(storedSeqs.size() - 1) + "}", true);
        JsonNode end = again.await(f -> AgentSocketIT.is(f, "missed"));
        assertTrue(end.get("missed").isEmpty(), end.toString());
        assertFalse(end.get("more").asBoolean());
        reconnected.sendText("{\"type\":\"catchUp\",\"conversationId\":" + conversation + "}", true);
        assertTrue(again.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("after"));
        reconnected.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);

        // the workbench opens the agent's one chat with every line, the newest included
        Browser desk = new Browser(server, "zh-CN");
        assertEquals(302, desk.login(username, password).statusCode());
        HttpResponse<String> workbench = desk.get("/agent/index.xhtml");
        assertEquals(200, workbench.statusCode());
        List<Long> shown = new ArrayList<>();
        Matcher line = WORKBENCH_LINE.matcher(workbench.body());
        while (line.find()) {
            shown.add(Long.parseLong(line.group(1)));
        }
        assertEquals(storedSeqs, shown, "the workbench shows the whole transcript once, in order");
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
