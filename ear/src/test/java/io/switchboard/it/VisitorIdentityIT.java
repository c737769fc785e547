package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may act as a web visitor. A pass works only from the address it was issued to: a session is opened from
 * 127.0.0.31 (a raw socket bound to that loopback address; the server sees it as the client address), and the same
 * pass is refused from 127.0.0.1 for page views, uploads and the socket, while a new session from 127.0.0.1 gets a
 * pass that works there. An anonymous visitor id alone opens nothing: the first session binds the secret the browser
 * keeps with the id, and a session without it or with another one gets no pass, so the transcript stays unread.
 */
@ExtendWith(SwitchboardServer.class)
class VisitorIdentityIT {

    /** Used by no other test, so the per-address limit and blacklist of other tests never meet it. */
    private static final String OTHER_ADDRESS = "127.0.0.31";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final SwitchboardServer server = SwitchboardServer.get();

    private Api.Site newSite(String prefix) {
        return Api.newSite(server, prefix);
    }

    private HttpResponse<String> upload(String site, String pass) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/" + site + "/files?pass="
                        + URLEncoder.encode(pass, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("X-File-Name", "order.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray("%PDF-1.4\n% order\n".getBytes(StandardCharsets.US_ASCII)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPassRefused(int status, String contentType, JsonNode problem) {
        assertEquals(403, status, String.valueOf(problem));
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
        assertTrue(problem.get("detail").asText().contains("another address"), problem.toString());
        assertEquals("pass", problem.get("errors").get(0).get("field").asText(), problem.toString());
    }

    @Test
    void aPassIsRefusedFromAnotherAddressThanItWasIssuedTo() throws Exception {
        Api.Site site = newSite("bound");
        String visitor = "v_moved_" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Reply issued = RawHttp.send(OTHER_ADDRESS, server.url(""), "POST", "/api/widget/" + site.key() + "/sessions",
                Api.JSON.writeValueAsString(VisitorTrailIT.anonymous(visitor)));
        assertEquals(201, issued.status(), issued.toString());
        String pass = Api.JSON.readTree(issued.body()).get("pass").asText();
        assertEquals(OTHER_ADDRESS, site.api().get("/api/v1/visitors/" + visitor).body().get("ip").asText());
        String pageView = Api.JSON.writeValueAsString(Map.of("pass", pass, "url", "https://shop.example/cart"));

        // page view: refused from 127.0.0.1 (this client), accepted from the address the pass names
        Api.Reply elsewhere = new Api(server, null).postRaw("/api/widget/" + site.key() + "/pageviews", pageView);
        assertPassRefused(elsewhere.status(), elsewhere.contentType(), elsewhere.body());
        assertEquals(204, RawHttp.send(OTHER_ADDRESS, server.url(""), "POST", "/api/widget/" + site.key() + "/pageviews",
                pageView).status());
        assertEquals(1, site.api().get("/api/v1/visitors/" + visitor).body().get("pageViewCount").asInt(),
                "only the page view from the pass's own address was recorded");

        // upload: refused from 127.0.0.1 with that pass
        HttpResponse<String> refusedUpload = upload(site.key(), pass);
        assertPassRefused(refusedUpload.statusCode(), refusedUpload.headers().firstValue("Content-Type").orElse(""),
                Api.JSON.readTree(refusedUpload.body()));

        // socket: an error frame, then closed as a policy violation that a new session can cure ("pass")
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        AgentSocketIT.visitorSocketWithPass(server, site.key(), pass, 0, frames);
        JsonNode error = frames.await(f -> AgentSocketIT.is(f, "error"));
        assertTrue(error.get("message").asText().contains("another address"), error.toString());
        assertEquals("1008 pass", frames.closed.get(10, TimeUnit.SECONDS));

        // what the widget does then: a new session from here (same id and secret) gives a pass that works here
        String renewed = Api.visitorPass(server, site.key(), visitor);
        assertEquals(201, upload(site.key(), renewed).statusCode());
        AgentSocketIT.Frames again = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocketWithPass(server, site.key(), renewed, 0, again);
        assertEquals(visitor, again.await(f -> AgentSocketIT.is(f, "hello")).get("visitorId").asText());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAnonymousIdOpensNothingWithoutTheSecretItsBrowserKeeps() throws Exception {
        Api.Site site = newSite("owner");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = site.api().post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        long agent = site.api().post("/api/v1/agents", Map.of("username", "owner-agent-" + suffix, "displayName", "小林",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        site.api().put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        site.api().put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        Api widget = new Api(server, null);
        String sessions = "/api/widget/" + site.key() + "/sessions";

        // a new id without a secret: 400 naming visitorSecret, no pass
        Api.Reply bare = widget.post(sessions, Map.of("visitorId", "v_bare_" + suffix));
        assertEquals(400, bare.status(), bare.toString());
        assertEquals("visitorSecret", bare.body().get("errors").get(0).get("field").asText(), bare.toString());
        assertNull(bare.body().get("pass"));

        // the owner's browser: the first session binds its secret; the visitor writes something private
        String visitor = "v_owner_" + suffix;
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, site.key(), visitor, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"o1-" + suffix + "\",\"text\":\"我的订单号是 4711\",\"skillGroupId\":"
                + group + "}", true);
        frames.await(f -> AgentSocketIT.is(f, "message") && f.get("seq").asLong() == 1);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "tab closed").get(5, TimeUnit.SECONDS);

        // someone who only knows the id: without the secret 400, with another one 403; never a pass
        Api.Reply noSecret = widget.post(sessions, Map.of("visitorId", visitor));
        assertEquals(400, noSecret.status(), noSecret.toString());
        assertEquals("visitorSecret", noSecret.body().get("errors").get(0).get("field").asText());
        assertNull(noSecret.body().get("pass"));
        Api.Reply wrongSecret = widget.post(sessions, Map.of("visitorId", visitor,
                "visitorSecret", Api.visitorSecret("someone-else-" + suffix)));
        assertEquals(403, wrongSecret.status(), wrongSecret.toString());
        assertTrue(wrongSecret.contentType().startsWith("application/problem+json"));
        assertEquals("visitorSecret", wrongSecret.body().get("errors").get(0).get("field").asText(), wrongSecret.toString());
        assertNull(wrongSecret.body().get("pass"));
        assertFalse(wrongSecret.body().toString().contains("4711"));

        // the owner again, with its secret: a pass whose socket gets the transcript
        AgentSocketIT.Frames back = new AgentSocketIT.Frames();
        WebSocket again = AgentSocketIT.visitorSocket(server, site.key(), visitor, 0, back);
        JsonNode hello = back.await(f -> AgentSocketIT.is(f, "hello"));
        assertEquals("我的订单号是 4711", hello.get("missed").get(0).get("body").asText(), hello.toString());
        again.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);

        // a signed customer needs no visitor secret: the host site's signature is the proof
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(site.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal("cust-9".getBytes(StandardCharsets.UTF_8)));
        Api.Reply signed = widget.post(sessions, Map.of("userId", "cust-9", "userSignature", signature));
        assertEquals(201, signed.status(), signed.toString());
        assertTrue(signed.body().get("signed").asBoolean());
    }
}
