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
import org.junit.jupiter.api.Test;

/**
 * Switchboard as a cluster: two nodes on one PostgreSQL database behind HAProxy ({@link TestCluster}, the same
 * local-cluster.sh a user starts). Runs in its own failsafe execution ("cluster"), after the rest of the suite.
 */
class ClusterIT {

    private final TestCluster cluster = TestCluster.get();
    private final TestCluster.Node a = cluster.node(1);
    private final TestCluster.Node b = cluster.node(2);

    @Test
    void theNodesFormOneClusterWithoutMulticast() {
        for (int n = 1; n <= 2; n++) {
            String channel = cluster.cli(n, "/subsystem=jgroups/channel=ee:read-resource(include-runtime=true)");
            assertTrue(channel.contains("node1") && channel.contains("node2"), "node" + n + " sees both members: " + channel);
            assertTrue(channel.contains("\"stack\" => \"tcp\""), channel);
        }
    }

    /** A line written on one node reaches a socket held by the other, both ways, through the brokers' cluster. */
    @Test
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

    private static String cookie(Browser browser, String name) {
        return browser.cookie(name).orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static String apiKeyOf(Api api) {
        return api.key();
    }
}
