package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Switchboard as a cluster: two nodes on one PostgreSQL database behind HAProxy ({@link TestCluster}, the same
 * local-cluster.sh a user starts). Runs in its own failsafe execution ("cluster"), after the rest of the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** How soon after a kill both sockets of a chat must be back (issue 19). */
    private static final Duration FAIL_OVER = Duration.ofSeconds(10);

    private final TestCluster cluster = TestCluster.get();
    private final TestCluster.Node a = cluster.node(1);
    private final TestCluster.Node b = cluster.node(2);

    @Test
    @Order(1)
    void theNodesFormOneClusterWithoutMulticast() {
        for (int n = 1; n <= 2; n++) {
            String channel = cluster.cli(n, "/subsystem=jgroups/channel=ee:read-resource(include-runtime=true)");
            assertTrue(channel.contains("node1") && channel.contains("node2"), "node" + n + " sees both members: " + channel);
            assertTrue(channel.contains("\"stack\" => \"tcp\""), channel);
        }
    }

    /** A line written on one node reaches a socket held by the other, both ways, through the brokers' cluster. */
    @Test
    @Order(2)
    void aVisitorOnOneNodeAndAnAgentOnTheOtherChatBothWays() throws Exception {
        Api api = new Api(a, Api.newTenant(a, "clu").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "在线咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "clu-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小林", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        String site = new Api(b, apiKeyOf(api)).post("/api/v1/widget-sites", Map.of("name", "Shop")).body()
                .get("siteKey").asText();

        AgentSocketIT.Frames desk = new AgentSocketIT.Frames();
        WebSocket agentSocket = AgentSocketIT.agentSocket(a, username, password, desk);
        agentSocket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}", true);
        desk.await(f -> AgentSocketIT.is(f, "ok"));

        AgentSocketIT.Frames widget = new AgentSocketIT.Frames();
        WebSocket visitorSocket = AgentSocketIT.visitorSocket(b, site, "clu-v-" + suffix, 0, widget);
        widget.await(f -> AgentSocketIT.is(f, "hello"));
        visitorSocket.sendText("{\"type\":\"send\",\"clientId\":\"c1-" + suffix + "\",\"text\":\"你好\",\"skillGroupId\":"
                + group + "}", true);
        JsonNode offer = desk.await(f -> AgentSocketIT.is(f, "event") && "ASSIGNED".equals(f.get("event").asText()));
        long conversation = offer.get("conversationId").asLong();
        assertEquals("你好", offer.get("preview").get("body").asText(), "the offer written on B reaches A");
        widget.await(f -> AgentSocketIT.is(f, "message") && "ASSIGNED".equals(f.path("code").asText()));

        agentSocket.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"您好，我是小林\"}", true);
        JsonNode reply = widget.await(f -> AgentSocketIT.is(f, "message") && "AGENT".equals(f.get("sender").asText()));
        assertEquals("您好，我是小林", reply.get("body").asText(), "the agent's line written on A reaches the visitor on B");

        visitorSocket.sendText("{\"type\":\"send\",\"clientId\":\"c2-" + suffix + "\",\"text\":\"我的订单没到\"}", true);
        JsonNode line = desk.await(f -> AgentSocketIT.is(f, "message") && "我的订单没到".equals(f.path("body").asText()));
        assertEquals(conversation, line.get("conversationId").asLong());

        // the monitor and presence agree on both nodes
        for (TestCluster.Node node : List.of(a, b)) {
            JsonNode monitor = new Api(node, apiKeyOf(api)).get("/api/v1/monitor").body();
            JsonNode agentLine = monitor.get("agents").get(0);
            assertEquals("ONLINE", agentLine.get("status").asText(), node.name() + ": " + monitor);
            assertEquals(1, agentLine.get("load").asInt(), node.name() + ": " + monitor);
            assertEquals(1, monitor.get("groups").get(0).get("open").asInt(), node.name() + ": " + monitor);
        }
        agentSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        visitorSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    /**
     * Signed in through the balancer, the session sticks to one node (SRV cookie), and the other node serves it
     * too, signed in, with no new login: the session is kept in the cluster's cache.
     */
    @Test
    @Order(3)
    void aSignedInSessionIsServedByEitherNode() throws Exception {
        Api.Tenant tenant = Api.newTenant(a, "clus");
        Browser browser = new Browser(cluster.balancer(), "zh-CN");
        HttpResponse<String> login = browser.login(tenant.adminUsername(), tenant.adminPassword());
        assertEquals(302, login.statusCode(), "signed in: " + login.body());
        HttpResponse<String> console = browser.get("/admin/");
        assertEquals(200, console.statusCode());
        String route = cookie(browser, "SRV");
        assertTrue(route.equals("node1") || route.equals("node2"), "the balancer's sticky cookie names a node: " + route);

        TestCluster.Node other = route.equals("node1") ? b : a;
        HttpResponse<String> there = HttpClient.newHttpClient().send(HttpRequest.newBuilder(other.url("/admin/"))
                .header("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow()).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, there.statusCode(), "the other node serves the session without a login: "
                + there.headers().firstValue("Location").orElse(""));
        assertTrue(there.body().contains(tenant.adminUsername()) || there.body().contains("admin"), there.body());
        assertFalse(there.body().contains("login:password"), "not the login form");
    }

    /**
     * Arrivals and closes spread over both nodes at once: the routing lock in the database serializes them, so no
     * agent ever holds more than its cap, no conversation has two agents, and the queue drains into freed slots.
     */
    @Test
    @Order(4)
    void concurrentArrivalsAndClosesOnBothNodesKeepEveryCap() throws Exception {
        Api onA = new Api(a, Api.newTenant(a, "cap").apiKey());
        Api onB = new Api(b, onA.key());
        long group = onA.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            agents.add(onA.post("/api/v1/agents", Map.of("username", "cap-a" + i + "-" + suffix, "displayName", "坐席" + i,
                    "password", "Secret-" + suffix, "maxConcurrent", 3)).body().get("agentId").asLong());
        }
        onA.put("/api/v1/skill-groups/" + group + "/members", agents.stream().map(id -> Map.of("agentId", id)).toList());
        for (int i = 0; i < agents.size(); i++) {
            assertEquals(200, (i % 2 == 0 ? onA : onB).put("/api/v1/agents/" + agents.get(i) + "/status",
                    Map.of("status", "ONLINE")).status());
        }

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Api.Reply>> arrivals = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Api via = i % 2 == 0 ? onA : onB;
                String visitor = "cap-v" + i + "-" + suffix;
                arrivals.add(pool.submit(() -> via.post("/api/v1/conversations", Map.of("visitorId", visitor,
                        "channel", "WEB", "skillGroupId", group))));
            }
            for (var f : arrivals) {
                assertEquals(201, f.get().status(), f.get().toString());
            }
            assertLoads(onB, agents, 24, 40);

            // every agent closes all its chats, half of them through each node, all at once
            List<java.util.concurrent.Future<Api.Reply>> closes = new ArrayList<>();
            int i = 0;
            for (JsonNode c : onA.get("/api/v1/conversations?limit=500&state=ASSIGNED").body().get("items")) {
                Api via = i++ % 2 == 0 ? onA : onB;
                closes.add(pool.submit(() -> via.post("/api/v1/conversations/" + c.get("id").asLong() + "/close",
                        Map.of("agentId", c.get("agentId").asLong()))));
            }
            for (var f : closes) {
                assertEquals(200, f.get().status(), f.get().toString());
            }
            poll(() -> onA.get("/api/v1/conversations?limit=1&state=QUEUED").body().get("total").asInt(), n -> n == 16,
                    Duration.ofSeconds(30));
            assertLoads(onA, agents, 24, 16);
        } finally {
            pool.shutdown();
        }
    }

    /** Every agent at exactly its cap of 3, each assigned conversation counted once on one seat. */
    private static void assertLoads(Api api, List<Long> agents, int assigned, int queued) {
        JsonNode open = api.get("/api/v1/conversations?limit=500&state=ASSIGNED").body();
        assertEquals(assigned, open.get("total").asInt(), open.toString());
        assertEquals(queued, api.get("/api/v1/conversations?limit=1&state=QUEUED").body().get("total").asInt());
        Map<Long, Integer> perAgent = new HashMap<>();
        open.get("items").forEach(c -> perAgent.merge(c.get("agentId").asLong(), 1, Integer::sum));
        for (JsonNode seat : api.get("/api/v1/agents?limit=100").body().get("items")) {
            long id = seat.get("agentId").asLong();
            if (agents.contains(id)) {
                assertEquals(3, seat.get("openConversations").asInt(), "seat load at the cap: " + seat);
                assertEquals(3, perAgent.getOrDefault(id, 0), "conversations held: " + perAgent);
            }
        }
    }

    /**
     * A visitor's line limit (30 a minute) holds for the cluster: lines sent alternately through both nodes share one
     * bucket in the shared cache, so 30 of 40 are accepted, not 40.
     */
    @Test
    @Order(5)
    void aVisitorsRateLimitHoldsAcrossNodes() {
        Api onA = new Api(a, Api.newTenant(a, "rate").apiKey());
        Api onB = new Api(b, onA.key());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        int accepted = 0;
        int limited = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            Api.Reply r = (i % 2 == 0 ? onA : onB).post("/api/v1/im/messages", Map.of("senderId", "flood-" + suffix,
                    "clientMessageId", "r" + i + "-" + suffix, "text", "line " + i));
            accepted += r.status() == 202 ? 1 : 0;
            limited += r.status() == 429 ? 1 : 0;
        }
        // the bucket refills one line every 2 s while the 40 are sent; a bucket per node would take all 40
        long refilled = Duration.ofNanos(System.nanoTime() - start).toSeconds() / 2 + 1;
        assertTrue(accepted >= 30 && accepted <= 30 + refilled, "one bucket for both nodes: " + accepted + " accepted");
        assertEquals(40, accepted + limited);
    }

    /**
     * {@code kill -9} of the node holding the agent's session and sockets (and the deadline sweep) in the middle of a
     * chat: the agent's next page through the balancer is signed in, both sockets are back within 10 s, every
     * acknowledged line is there exactly once (lines still queued in the dead node's journal once it is restarted on
     * its own data, the documented recovery), and a queue timeout due after the kill fires on the survivor.
     */
    @Test
    @Order(10)
    void aNodeKilledInTheMiddleOfAChatLosesNothing() throws Exception {
        Api api = new Api(a, Api.newTenant(a, "kill").apiKey());
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
        assertEquals("node" + victim, browser.cookie("SRV").orElseThrow(), "round robin reaches every node");
        AgentSocketIT.Frames desk = new AgentSocketIT.Frames();
        WebSocket agentSocket = agentSocketThroughBalancer(browser, desk);
        desk.await(f -> AgentSocketIT.is(f, "hello"));
        agentSocket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}", true);
        desk.await(f -> AgentSocketIT.is(f, "ok"));

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

        // the queue timeout that was the dead node's to fire fires on the survivor
        Api there = new Api(survivor, api.key());
        JsonNode timedOut = poll(() -> there.get("/api/v1/conversations/" + waiting).body(),
                c -> !"QUEUED".equals(c.get("state").asText()), Duration.ofSeconds(60));
        assertEquals("QUEUE_TIMEOUT", timedOut.path("endReason").asText(), timedOut.toString());

        // the dead node restarts on its own data: the lines it had accepted are processed, none twice
        cluster.startNode(victim);
        Map<String, Integer> counts = poll(() -> lineCounts(there, conversation),
                c -> acknowledged.stream().allMatch(c::containsKey), Duration.ofSeconds(60));
        for (String line : acknowledged) {
            assertEquals(1, counts.get(line), line + " exactly once: " + counts);
        }
        assertEquals("ONLINE", new Api(survivor, api.key()).get("/api/v1/monitor").body().get("agents").get(0)
                .get("status").asText(), "the agent stayed signed in");
        // the server may have closed both meanwhile: they were silent for longer than the idle time (30 s here)
        agentAgain.abort();
        visitorAgain.abort();
    }

    /** The node that runs the deadline sweep now, from its /health. */
    private int deadlineNode() throws Exception {
        return poll(() -> {
            for (int n = 1; n <= 2; n++) {
                JsonNode health = Api.JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        cluster.node(n).url("/health")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode check : health.get("checks")) {
                    if ("node".equals(check.get("name").asText()) && check.get("data").get("deadlineSweep").asBoolean()) {
                        return n;
                    }
                }
            }
            return 0;
        }, n -> n > 0, Duration.ofSeconds(30));
    }

    private WebSocket agentSocketThroughBalancer(Browser browser, AgentSocketIT.Frames frames) throws Exception {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow() + "; SRV="
                        + browser.cookie("SRV").orElseThrow()).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(AgentSocketIT.ws(cluster.balancer(), "/agent/socket"), frames).get(10, TimeUnit.SECONDS);
        return socket;
    }

    private static void send(WebSocket socket, AgentSocketIT.Frames frames, String text, Long group, List<String> acknowledged)
            throws InterruptedException {
        socket.sendText("{\"type\":\"send\",\"clientId\":\"" + text + "\",\"text\":\"" + text + "\""
                + (group == null ? "" : ",\"skillGroupId\":" + group) + "}", true);
        frames.await(f -> AgentSocketIT.is(f, "accepted") && text.equals(f.path("clientId").asText()));
        acknowledged.add(text);
    }

    interface Attempt<T> {
        T run() throws Exception;
    }

    /** Connects again each second, as the clients do, until the socket opens and says hello. */
    private static WebSocket reconnect(Attempt<WebSocket> connect, AgentSocketIT.Frames frames) throws Exception {
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

    private static <T> T poll(Attempt<T> read, java.util.function.Predicate<T> done, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        T last = read.run();
        while (!done.test(last) && System.nanoTime() < end) {
            Thread.sleep(500);
            last = read.run();
        }
        assertTrue(done.test(last), "not reached within " + timeout + ": " + last);
        return last;
    }

    private static Map<String, Integer> lineCounts(Api api, long conversation) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode m : api.get("/api/v1/conversations/" + conversation + "/messages").body()) {
            counts.merge(m.path("body").asText(), 1, Integer::sum);
        }
        return counts;
    }

    private static String cookie(Browser browser, String name) {
        return browser.cookie(name).orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static String apiKeyOf(Api api) {
        return api.key();
    }
}
