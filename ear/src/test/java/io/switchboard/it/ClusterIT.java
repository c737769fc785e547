package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Switchboard as a cluster: two nodes on one PostgreSQL database behind HAProxy ({@link TestCluster}, the same
 * local-cluster.sh a user starts). Runs with {@link ClusterFailoverIT} in their own failsafe execution ("cluster"),
 * after the rest of the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

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
        String site = new Api(b, api.key()).post("/api/v1/widget-sites", Map.of("name", "Shop")).body()
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
            JsonNode monitor = new Api(node, api.key()).get("/api/v1/monitor").body();
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
        assertFalse(there.body().contains("login:password"), "not the login form");

        // a form of the page the first node rendered, posted to the other node: its JSF view state is there too
        // (the language switch of the console's header re-renders the same page in English)
        String form = "lang=lang&lang%3Aen=lang%3Aen&jakarta.faces.ViewState="
                + URLEncoder.encode(Browser.viewState(console.body()), StandardCharsets.UTF_8);
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(other.url("/admin/"))
                .header("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", other.url("").toString())
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), "the view was found on the other node: "
                + posted.headers().firstValue("Location").orElse(""));
        assertTrue(posted.body().contains("Sign out"), "the same page, now in English");
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

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Reply>> arrivals = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Api via = i % 2 == 0 ? onA : onB;
                String visitor = "cap-v" + i + "-" + suffix;
                arrivals.add(pool.submit(() -> via.post("/api/v1/conversations", Map.of("visitorId", visitor,
                        "channel", "WEB", "skillGroupId", group))));
            }
            for (var f : arrivals) {
                assertEquals(201, f.get().status(), f.get().toString());
            }
            // an arrival is answered at once and placed by the tenant's dispatcher right after
            Poll.until(Duration.ofSeconds(30), "24 assigned", () -> assigned(onB) == 24 ? true : null);
            assertLoads(onB, agents, 24, 40);

            // every agent closes all its chats, half of them through each node, all at once
            List<Future<Api.Reply>> closes = new ArrayList<>();
            int i = 0;
            for (JsonNode c : onA.get("/api/v1/conversations?limit=500&state=ASSIGNED").body().get("items")) {
                Api via = i++ % 2 == 0 ? onA : onB;
                closes.add(pool.submit(() -> via.post("/api/v1/conversations/" + c.get("id").asLong() + "/close",
                        Map.of("agentId", c.get("agentId").asLong()))));
            }
            for (var f : closes) {
                assertEquals(200, f.get().status(), f.get().toString());
            }
            Poll.until(Duration.ofSeconds(30), "the queue drained into the freed slots", () ->
                    onA.get("/api/v1/conversations?limit=1&state=QUEUED").body().get("total").asInt() == 16 ? true : null);
            assertLoads(onA, agents, 24, 16);
        } finally {
            pool.shutdown();
        }
    }

    private static int assigned(Api api) {
        return api.get("/api/v1/conversations?limit=1&state=ASSIGNED").body().get("total").asInt();
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
     * The visitors browsing now are the cluster's, not a node's: each node lists a visitor whose socket the other
     * holds, a visitor with a tab on each node is one visitor with two pages and is still there when one tab closes,
     * and an agent's chat started on one node reaches the visitor's socket on the other.
     */
    @Test
    @Order(6)
    void theVisitorsBrowsingAreListedOnEveryNodeAndReachable() throws Exception {
        Api onA = new Api(a, Api.newTenant(a, "cluv").apiKey());
        Api onB = new Api(b, onA.key());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = onA.post("/api/v1/agents", Map.of("username", "cluv-" + suffix, "displayName", "小周",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        String site = onA.post("/api/v1/widget-sites", Map.of("name", "活动页")).body().get("siteKey").asText();
        String twoTabs = "cluv-x-" + suffix;
        String onlyB = "cluv-y-" + suffix;
        AgentSocketIT.Frames tabA = new AgentSocketIT.Frames();
        AgentSocketIT.Frames tabB = new AgentSocketIT.Frames();
        AgentSocketIT.Frames y = new AgentSocketIT.Frames();
        WebSocket socketTabA = AgentSocketIT.visitorSocket(a, site, twoTabs, 0, tabA);
        WebSocket socketTabB = AgentSocketIT.visitorSocket(b, site, twoTabs, 0, tabB);
        WebSocket socketY = AgentSocketIT.visitorSocket(b, site, onlyB, 0, y);
        for (AgentSocketIT.Frames f : List.of(tabA, tabB, y)) {
            f.await(frame -> AgentSocketIT.is(frame, "hello"));
        }
        for (Api api : List.of(onA, onB)) {
            JsonNode live = api.get("/api/v1/visitors/live").body();
            assertEquals(List.of(onlyB, twoTabs).stream().sorted().toList(), visitorIds(live), live.toString());
            assertEquals(2, visitor(live, twoTabs).get("pages").asInt(), "one visit, a page on each node: " + live);
        }

        // the agent on A starts a chat with each: the one on B only is reached through B's socket
        onA.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        Api.Reply started = onA.post("/api/v1/visitors/" + onlyB + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(201, started.status(), started.toString());
        JsonNode assigned = y.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()));
        assertEquals(started.body().get("id").asLong(), assigned.get("conversationId").asLong());
        Api.Reply withTabs = onB.post("/api/v1/visitors/" + twoTabs + "/chats", Map.of("agentId", agent, "text", "您好"));
        assertEquals(201, withTabs.status(), withTabs.toString());
        long conversation = withTabs.body().get("id").asLong();

        // closing the tab on B leaves the visitor online through the tab on A: the offline timer (3 s) does not run
        ObjectNode settings = (ObjectNode) onA.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("visitorOfflineAfterDisconnect")).put("enabled", true).put("seconds", 3);
        assertEquals(200, onA.put("/api/v1/routing-settings", settings).status());
        socketTabB.sendClose(WebSocket.NORMAL_CLOSURE, "tab closed").get(5, TimeUnit.SECONDS);
        tabB.closed.get(10, TimeUnit.SECONDS);
        Thread.sleep(8000);
        assertEquals("ASSIGNED", onA.get("/api/v1/conversations/" + conversation).body().get("state").asText(),
                "the visitor still has a tab open on A");
        for (Api api : List.of(onA, onB)) {
            assertTrue(visitorIds(api.get("/api/v1/visitors/live").body()).contains(twoTabs), api.toString());
        }
        // the last tab closes: now the visitor is gone and the timer ends the chat
        socketTabA.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        Poll.until(Duration.ofSeconds(20), "the offline timer ends the chat", () -> "ASSIGNED".equals(
                onB.get("/api/v1/conversations/" + conversation).body().get("state").asText()) ? null : true);
        socketY.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    /**
     * A blacklist change on one node is seen by the next line on the other, not after a cache's lifetime: each node
     * caches its lookups stamped with a generation the cluster shares, and the change bumps it.
     */
    @Test
    @Order(7)
    void aBlacklistChangeOnOneNodeHoldsAtOnceOnTheOther() {
        Api onA = new Api(a, Api.newTenant(a, "club").apiKey());
        Api onB = new Api(b, onA.key());
        String visitor = "club-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(202, line(onB, visitor, 1).status(), "not listed: B caches that");
        Api.Reply added = onA.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor, "reason", "骚扰"));
        assertEquals(201, added.status(), added.toString());
        Api.Reply refused = line(onB, visitor, 2);
        assertEquals(403, refused.status(), "B refuses the next line at once: " + refused);
        assertEquals(204, onA.delete("/api/v1/blacklist/" + added.body().get("id").asLong()).status());
        assertEquals(202, line(onB, visitor, 3).status(), "and takes the one after the removal");
    }

    private static Api.Reply line(Api api, String visitor, int n) {
        return api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", visitor + "-" + n,
                "text", "line " + n));
    }

    /** Wrong passwords tried on both nodes count together: the fifth locks the name, and the other node refuses it. */
    @Test
    @Order(8)
    void loginFailuresOnBothNodesCountTogether() {
        Api.Tenant tenant = Api.newTenant(a, "clul");
        Browser onA = new Browser(a, "en");
        Browser onB = new Browser(b, "en");
        for (int i = 1; i <= 4; i++) {
            String page = (i % 2 == 0 ? onA : onB).login(tenant.adminUsername(), "wrong-" + i).body();
            assertTrue(page.contains("Wrong user name or password."), "attempt " + i + ": " + page);
        }
        assertTrue(onA.login(tenant.adminUsername(), "wrong-5").body().contains("it is locked here"));
        HttpResponse<String> right = onB.login(tenant.adminUsername(), tenant.adminPassword());
        assertTrue(right.body().contains("Try again in 15 minute(s)"), "B refuses even the right password: " + right.body());
    }

    /** A file a visitor uploads through one node is downloaded through the other: the upload directory is shared. */
    @Test
    @Order(9)
    void anUploadThroughOneNodeIsServedByTheOther() throws Exception {
        Api onA = new Api(a, Api.newTenant(a, "cluf").apiKey());
        String site = onA.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        String visitor = "cluf-" + UUID.randomUUID().toString().substring(0, 8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> up = http.send(HttpRequest.newBuilder(a.url("/api/widget/" + site + "/files?pass="
                        + URLEncoder.encode(Api.visitorPass(a, site, visitor), StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Origin", "http://shop.example")
                .header("X-File-Name", "quote.pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n% cluster\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, up.statusCode(), up.body());
        String id = Api.JSON.readTree(up.body()).get("id").asText();
        HttpResponse<String> down = http.send(HttpRequest.newBuilder(b.url("/api/widget/" + site + "/files/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, down.statusCode());
        assertEquals("%PDF-1.4\n% cluster\n", down.body());
    }

    private static List<String> visitorIds(JsonNode live) {
        List<String> ids = new ArrayList<>();
        live.forEach(v -> ids.add(v.get("visitorId").asText()));
        return ids.stream().sorted().toList();
    }

    private static JsonNode visitor(JsonNode live, String id) {
        for (JsonNode v : live) {
            if (id.equals(v.get("visitorId").asText())) {
                return v;
            }
        }
        throw new AssertionError(id + " not listed: " + live);
    }

    private static String cookie(Browser browser, String name) {
        return browser.cookie(name).orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }
}
