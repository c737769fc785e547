package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node of the test cluster ({@link TestCluster}) dies with {@code kill -9} in the middle of a chat, and the
 * survivor carries on.
 */
class ClusterFailoverIT {

    /** How soon after a kill both sockets of a chat must be back (issue 19). */
    private static final Duration FAIL_OVER = Duration.ofSeconds(10);

    private final TestCluster cluster = TestCluster.get();

    /**
     * {@code kill -9} of the node holding the agent's session and sockets (and the deadline sweep) in the middle of a
     * chat: the agent's next page through the balancer is signed in, both sockets are back within 10 s, every
     * acknowledged line is there exactly once (lines still queued in the dead node's journal once it is restarted on
     * its own data, the documented recovery), and a queue timeout due after the kill fires on the survivor.
     */
    @Test
    void aNodeKilledInTheMiddleOfAChatLosesNothing() throws Exception {
        Api api = new Api(cluster.balancer(), Api.newTenant(cluster.balancer(), "kill").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "kill-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小赵", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        settings.put("maxConcurrentPerAgent", 1);
        ((ObjectNode) settings.get("queueTimeout")).put("seconds", 25);
        ((ObjectNode) settings.get("agentOfflineAfterDisconnect")).put("enabled", true).put("seconds", 5);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        // the agent signs in through the balancer until the session sticks to the node that runs the deadlines
        int victim = deadlineNode();
        TestCluster.Node survivor = cluster.node(3 - victim);
        Browser browser = null;
        for (int i = 0; i < 6 && (browser == null || !("node" + victim).equals(browser.cookie("SRV").orElse(""))); i++) {
            browser = new Browser(cluster.balancer(), "zh-CN");
            assertEquals(302, browser.login(username, password).statusCode());
            assertEquals(200, browser.get("/agent/").statusCode());
        }
        assertEquals("node" + victim, browser.cookie("SRV").orElseThrow(),
                "the balancer's round robin reaches every node, and a session stays on the node that served it first");
        AgentSocketIT.Frames desk = new AgentSocketIT.Frames();
        WebSocket agentSocket = agentSocketThroughBalancer(browser, desk);
        desk.await(f -> AgentSocketIT.is(f, "hello"));
        agentSocket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}", true);
        desk.await(f -> AgentSocketIT.is(f, "ok"));

        // a second agent (in no group, so offered nothing) is signed in on the same node and never comes back
        String lonelyName = "kill-b-" + suffix;
        long lonely = api.post("/api/v1/agents", Map.of("username", lonelyName, "displayName", "小钱", "password", password))
                .body().get("agentId").asLong();
        AgentSocketIT.Frames lonelyDesk = new AgentSocketIT.Frames();
        WebSocket lonelySocket = AgentSocketIT.agentSocket(cluster.node(victim), lonelyName, password, lonelyDesk);
        lonelySocket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}", true);
        lonelyDesk.await(f -> AgentSocketIT.is(f, "ok"));

        // a visitor on the same node chats; a second one waits in the queue (cap 1) with its timeout ahead
        String visitor = "kill-v-" + suffix;
        AgentSocketIT.Frames widget = new AgentSocketIT.Frames();
        WebSocket visitorSocket = AgentSocketIT.visitorSocket(cluster.node(victim), site, visitor, 0, widget);
        widget.await(f -> AgentSocketIT.is(f, "hello"));
        List<String> acknowledged = new ArrayList<>();
        send(visitorSocket, widget, "v1-" + suffix, group, acknowledged);
        long conversation = desk.await(f -> AgentSocketIT.is(f, "event") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        agentSocket.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"a1-" + suffix + "\"}", true);
        long seen = widget.await(f -> AgentSocketIT.is(f, "message") && ("a1-" + suffix).equals(f.path("body").asText()))
                .get("seq").asLong();
        acknowledged.add("a1-" + suffix);
        long waiting = api.post("/api/v1/conversations", Map.of("visitorId", "kill-w-" + suffix, "channel", "WEB",
                "skillGroupId", group)).body().get("id").asLong();
        assertEquals("QUEUED", api.get("/api/v1/conversations/" + waiting).body().get("state").asText());
        // a burst the dead node may not have processed yet: each acknowledged before the kill
        for (int i = 0; i < 10; i++) {
            visitorSocket.sendText("{\"type\":\"send\",\"clientId\":\"b" + i + "-" + suffix + "\",\"text\":\"b" + i + "-"
                    + suffix + "\"}", true);
        }
        for (int i = 0; i < 10; i++) {
            widget.await(f -> AgentSocketIT.is(f, "accepted") && f.path("clientId").asText().startsWith("b"));
        }
        for (int i = 0; i < 10; i++) {
            acknowledged.add("b" + i + "-" + suffix);
        }

        long killed = System.nanoTime();
        cluster.kill(victim);

        // both come back through the balancer, retrying each second as the widget and the workbench do
        AgentSocketIT.Frames widgetAgain = new AgentSocketIT.Frames();
        WebSocket visitorAgain = reconnect(() -> AgentSocketIT.visitorSocket(cluster.balancer(), site, visitor, seen,
                widgetAgain), widgetAgain);
        Duration visitorBack = Duration.ofNanos(System.nanoTime() - killed);
        HttpResponse<String> page = browser.get("/agent/");
        assertEquals(200, page.statusCode(), "the workbench is still signed in: " + page.headers().map());
        assertTrue(page.body().contains("小赵"), "the agent's own workbench");
        assertEquals("node" + (3 - victim), browser.cookie("SRV").orElseThrow(), "the session moved to the survivor");
        AgentSocketIT.Frames deskAgain = new AgentSocketIT.Frames();
        Browser signedIn = browser;
        WebSocket agentAgain = reconnect(() -> agentSocketThroughBalancer(signedIn, deskAgain), deskAgain);
        Duration agentBack = Duration.ofNanos(System.nanoTime() - killed);
        System.out.println("fail-over: visitor socket back after " + visitorBack.toMillis() + " ms, workbench page and "
                + "agent socket after " + agentBack.toMillis() + " ms");
        assertTrue(visitorBack.compareTo(FAIL_OVER) <= 0, "visitor back after " + visitorBack);
        assertTrue(agentBack.compareTo(FAIL_OVER) <= 0, "agent back after " + agentBack);

        // the chat goes on on the survivor
        send(visitorAgain, widgetAgain, "v2-" + suffix, null, acknowledged);
        deskAgain.await(f -> AgentSocketIT.is(f, "message") && ("v2-" + suffix).equals(f.path("body").asText()));
        agentAgain.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"a2-" + suffix + "\"}", true);
        widgetAgain.await(f -> AgentSocketIT.is(f, "message") && ("a2-" + suffix).equals(f.path("body").asText()));
        acknowledged.add("a2-" + suffix);

        // from here on both clients ping, as the widget and the workbench do (the IT server closes sockets idle for 30 s)
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> {
            agentAgain.sendText("{\"type\":\"ping\"}", true);
            visitorAgain.sendText("{\"type\":\"ping\"}", true);
        }, 5, 5, TimeUnit.SECONDS);

        // the queue timeout that was the dead node's to fire fires on the survivor
        Api there = new Api(survivor, api.key());
        JsonNode timedOut = Poll.until(Duration.ofSeconds(60), "the queue timeout", () -> {
            JsonNode c = there.get("/api/v1/conversations/" + waiting).body();
            return "QUEUED".equals(c.get("state").asText()) ? null : c;
        });
        assertEquals("QUEUE_TIMEOUT", timedOut.path("endReason").asText(), timedOut.toString());

        // the agent whose socket died with the node and who never came back has lost the connection (the survivor,
        // holding the lease, found the node silent), and is signed out after the tenant's 5 s
        Poll.until(Duration.ofSeconds(60), "the lonely agent signed out", () ->
                "OFFLINE".equals(agentLine(there, lonely).path("status").asText()) ? true : null);

        // the dead node restarts on its own data: the lines it had accepted are processed, none twice
        cluster.startNode(victim);
        Map<String, Integer> counts = Poll.until(Duration.ofSeconds(60), "every acknowledged line stored", () -> {
            Map<String, Integer> c = lineCounts(there, conversation);
            return acknowledged.stream().allMatch(c::containsKey) ? c : null;
        });
        for (String line : acknowledged) {
            assertEquals(1, counts.get(line), line + " exactly once: " + counts);
        }
        assertEquals("ONLINE", agentLine(there, agent).path("status").asText(), "the agent who came back stayed signed in");
        heartbeat.shutdownNow();
        agentAgain.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        visitorAgain.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    /** The node that runs the deadline sweep now, from its /health. */
    private int deadlineNode() throws InterruptedException {
        return Poll.until(Duration.ofSeconds(30), "a node holding the deadline lease", () -> {
            for (int n = 1; n <= 2; n++) {
                for (JsonNode check : health(cluster.node(n)).get("checks")) {
                    if ("node".equals(check.get("name").asText()) && check.get("data").get("deadlineSweep").asBoolean()) {
                        return n;
                    }
                }
            }
            return null;
        });
    }

    private static JsonNode health(TestCluster.Node node) {
        try {
            return Api.JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.url("/health")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private WebSocket agentSocketThroughBalancer(Browser browser, AgentSocketIT.Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow() + "; SRV="
                        + browser.cookie("SRV").orElseThrow()).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(AgentSocketIT.ws(cluster.balancer(), "/agent/socket"), frames).get(10, TimeUnit.SECONDS);
    }

    private static void send(WebSocket socket, AgentSocketIT.Frames frames, String text, Long group, List<String> acknowledged)
            throws InterruptedException {
        socket.sendText("{\"type\":\"send\",\"clientId\":\"" + text + "\",\"text\":\"" + text + "\""
                + (group == null ? "" : ",\"skillGroupId\":" + group) + "}", true);
        frames.await(f -> AgentSocketIT.is(f, "accepted") && text.equals(f.path("clientId").asText()));
        acknowledged.add(text);
    }

    /** Opens a socket. */
    interface Connect {
        WebSocket run() throws Exception;
    }

    /** Connects again each second, as the clients do, until the socket opens and says hello. */
    private static WebSocket reconnect(Connect connect, AgentSocketIT.Frames frames) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                WebSocket socket = connect.run();
                frames.await(f -> AgentSocketIT.is(f, "hello"));
                return socket;
            } catch (Exception | AssertionError e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static JsonNode agentLine(Api api, long agentId) {
        for (JsonNode line : api.get("/api/v1/monitor").body().get("agents")) {
            if (line.get("agentId").asLong() == agentId) {
                return line;
            }
        }
        throw new AssertionError("agent " + agentId + " not on the monitor");
    }

    private static Map<String, Integer> lineCounts(Api api, long conversation) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode m : api.get("/api/v1/conversations/" + conversation + "/messages").body()) {
            counts.merge(m.path("body").asText(), 1, Integer::sum);
        }
        return counts;
    }
}
