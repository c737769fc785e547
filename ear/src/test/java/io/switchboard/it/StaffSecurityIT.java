package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff side against a hostile web page (issue 16, items 1–3): a page on another origin that rides a signed-in
 * staff member's cookie cannot open the agent socket or the console's push channel, cannot post console forms or
 * log the user out, the session cookie is SameSite, and every staff page carries the security headers.
 */
@ExtendWith(SwitchboardServer.class)
class StaffSecurityIT {

    static final String EVIL = "http://evil.example";

    private final SwitchboardServer server = SwitchboardServer.get();

    private String own() {
        return server.url("").toString().replaceAll("/$", "");
    }

    /** The same host on another port: another origin, although the browser sends it the same cookies. */
    private String otherPort() {
        URI u = server.url("");
        return "http://" + u.getHost() + ":" + (u.getPort() + 1);
    }

    @Test
    void everyStaffPageCarriesTheSecurityHeaders() {
        Api.Tenant tenant = Api.newTenant(server, "hdr");
        Browser admin = new Browser(server, "en");
        assertEquals(302, admin.login(tenant.adminUsername(), tenant.adminPassword()).statusCode());
        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("login", new Browser(server, "en").get("/login.xhtml"));
        pages.put("console", admin.get("/admin/index.xhtml"));
        pages.put("workbench", admin.get("/agent/index.xhtml"));
        pages.put("not found", admin.get("/no-such-page.xhtml"));
        Browser agent = new Browser(server, "en");
        agent.login("agent1", server.demoPassword());
        pages.put("forbidden", agent.get("/admin/agents.xhtml"));
        assertEquals(404, pages.get("not found").statusCode());
        assertEquals(403, pages.get("forbidden").statusCode());
        pages.forEach((name, r) -> {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), name + ": " + csp);
            assertTrue(csp.contains("object-src 'none'") && csp.contains("default-src 'self'"), name + ": " + csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), name);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), name);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), name);
        });
        assertTrue(pages.get("workbench").headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-src 'self' https: http:"), "the CRM tab may frame the tenant's CRM page");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new Browser(server, "en").get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "plain http installation: " + cookie);
    }

    @Test
    void aConsoleFormPostedByAnotherSiteChangesNothing() {
        Api.Tenant tenant = Api.newTenant(server, "csrf");
        Api api = new Api(server, tenant.apiKey());
        Browser admin = new Browser(server, "en");
        admin.login(tenant.adminUsername(), tenant.adminPassword());
        String viewState = Browser.viewState(admin.get("/admin/words.xhtml").body());

        for (Map<String, String> hostile : List.of(Map.of("Origin", EVIL), Map.of("Origin", otherPort()),
                Map.of("Referer", EVIL + "/page.html"), Map.of("Origin", "null"))) {
            HttpResponse<String> refused = admin.post("/admin/words.xhtml", addWord("跨站" + hostile.size(), viewState), hostile);
            assertEquals(403, refused.statusCode(), hostile.toString());
        }
        assertEquals(0, words(api).size(), "no word was added by a foreign page");

        HttpResponse<String> own = admin.post("/admin/words.xhtml", addWord("本站添加", viewState), Map.of("Origin", own()));
        assertEquals(200, own.statusCode());
        assertEquals(List.of("本站添加"), words(api), "the same form from the console itself works");
    }

    @Test
    void anotherSiteCannotLogTheUserOut() {
        Browser agent = new Browser(server, "en");
        agent.login("agent2", server.demoPassword());
        assertEquals(403, agent.post("/logout", Map.of(), Map.of("Origin", EVIL)).statusCode());
        assertEquals(200, agent.get("/agent/").statusCode(), "still signed in");
        HttpResponse<String> logout = agent.post("/logout", Map.of(), Map.of("Origin", own()));
        assertEquals(302, logout.statusCode());
        assertEquals(302, agent.get("/agent/").statusCode(), "signed out by the page itself");
    }

    @Test
    void theAgentSocketRefusesAHandshakeFromAnotherOrigin() throws Exception {
        Browser browser = new Browser(server, "en");
        browser.login("agent1", server.demoPassword());
        String cookie = "JSESSIONID=" + browser.sessionId().orElseThrow();
        for (String origin : List.of(EVIL, otherPort(), "null")) {
            assertEquals(403, refusedHandshake("/agent/socket", cookie, origin), origin);
        }
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie)
                .header("Origin", own()).buildAsync(AgentSocketIT.ws(server, "/agent/socket"), frames)
                .get(10, TimeUnit.SECONDS);
        JsonNode hello = frames.await(f -> AgentSocketIT.is(f, "hello"));
        assertTrue(hello.path("agentId").asLong() > 0, "the console's own origin gets its socket: " + hello);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void theConsolePushChannelRefusesAHandshakeFromAnotherOrigin() throws Exception {
        Browser admin = new Browser(server, "en");
        admin.login("admin", server.demoPassword());
        String monitor = admin.get("/admin/monitor.xhtml").body();
        java.util.regex.Matcher channel = java.util.regex.Pattern.compile("/jakarta\\.faces\\.push/([^\"'?\\\\]+)")
                .matcher(monitor);
        String path = "/jakarta.faces.push/" + (channel.find() ? channel.group(1) : "monitor");
        assertEquals(403, refusedHandshake(path, "JSESSIONID=" + admin.sessionId().orElseThrow(), EVIL));
    }

    /** Opens a socket with the given Origin and returns the HTTP status the handshake was refused with. */
    private int refusedHandshake(String path, String cookie, String origin) throws InterruptedException {
        try {
            WebSocket s = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie).header("Origin", origin)
                    .connectTimeout(Duration.ofSeconds(5)).buildAsync(AgentSocketIT.ws(server, path),
                            new AgentSocketIT.Frames()).get(10, TimeUnit.SECONDS);
            s.abort();
            throw new AssertionError("handshake from " + origin + " to " + path + " was accepted");
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw new AssertionError("handshake failed otherwise", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer to the handshake", e);
        }
    }

    private static Map<String, String> addWord(String word, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("add", "add");
        form.put("add:word", word);
        form.put("add:save", "add:save");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static List<String> words(Api api) {
        JsonNode list = api.get("/api/v1/sensitive-words").body();
        JsonNode items = list.isArray() ? list : list.path("items");
        return StreamSupport.stream(items.spliterator(), false).map(w -> w.path("word").asText()).toList();
    }

    static String random() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
