package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CH-5 and the widget's protection: who a visitor is (anonymous, or the host site's signed user on any device),
 * where they have been, what they browse with, from which address; passes that cannot be forged; blacklisted
 * addresses and floods refused with a clear error.
 */
@ExtendWith(SwitchboardServer.class)
class VisitorTrailIT {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    private final SwitchboardServer server = SwitchboardServer.get();

    private Api.Site newSite(String prefix) {
        return Api.newSite(server, prefix);
    }

    private static String sign(String secret, String userId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }

    /** An anonymous visitor's session body: its id and the secret its browser keeps. */
    static Map<String, Object> anonymous(String visitorId) {
        return Map.of("visitorId", visitorId, "visitorSecret", Api.visitorSecret(visitorId));
    }

    private RawHttp.Reply sessionFrom(String from, String site, Map<String, Object> body) throws Exception {
        return RawHttp.send(from, server.url(""), "POST", "/api/widget/" + site + "/sessions", Api.JSON.writeValueAsString(body));
    }

    private Api.Reply session(String site, String userAgent, Map<String, Object> body) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(server.url("/api/widget/" + site + "/sessions"))
                .header("Content-Type", "application/json").header("User-Agent", userAgent)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), Api.JSON.readTree(r.body()));
    }

    /** 记录访客轨迹 off: the site's visitors still chat, but no page they open is stored. */
    @Test
    void withRecordTrailOffNoPageIsStored() throws Exception {
        Api.Site site = newSite("notrail");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonNode sites = site.api().get("/api/v1/widget-sites").body();
        JsonNode first = sites.has("items") ? sites.get("items").get(0) : sites.get(0);
        long id = first.get("id").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode settings =
                (com.fasterxml.jackson.databind.node.ObjectNode) site.api().get("/api/v1/widget-sites/" + id).body().get("settings");
        settings.put("recordTrail", false);
        assertEquals(200, site.api().put("/api/v1/widget-sites/" + id, Map.of("name", "Shop", "settings", settings)).status());

        Map<String, Object> body = new HashMap<>(anonymous("v_private_" + suffix));
        body.put("url", "https://shop.example/private/health");
        body.put("title", "就诊记录");
        Api.Reply opened = session(site.key(), IPHONE, body);
        assertEquals(201, opened.status(), opened.toString());
        String pass = opened.body().get("pass").asText();
        assertEquals(204, new Api(server, null).post("/api/widget/" + site.key() + "/pageviews",
                Map.of("pass", pass, "url", "https://shop.example/private/2", "title", "处方")).status());
        JsonNode profile = site.api().get("/api/v1/visitors/v_private_" + suffix).body();
        assertEquals(0, profile.get("pageViewCount").asInt(), profile.toString());
        assertEquals(0, profile.get("pageViews").size());

        // switched on again, pages are stored from then on
        settings.put("recordTrail", true);
        assertEquals(200, site.api().put("/api/v1/widget-sites/" + id, Map.of("name", "Shop", "settings", settings)).status());
        assertEquals(204, new Api(server, null).post("/api/widget/" + site.key() + "/pageviews",
                Map.of("pass", pass, "url", "https://shop.example/public", "title", "首页")).status());
        assertEquals(1, site.api().get("/api/v1/visitors/v_private_" + suffix).body().get("pageViewCount").asInt());
    }

    @Test
    void aSignedCustomerIsTheSameVisitorOnEveryDeviceAndTheTrailIsRecorded() throws Exception {
        Api.Site site = newSite("trail");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> phone = new HashMap<>(Map.of("visitorId", "v_phone_" + suffix, "userId", "cust-1001",
                "userSignature", sign(site.secret(), "cust-1001"), "userName", "王女士",
                "url", "https://shop.example/orders/42", "title", "订单 42"));
        Api.Reply first = session(site.key(), IPHONE, phone);
        assertEquals(201, first.status(), first.toString());
        String visitor = first.body().get("visitorId").asText();
        assertTrue(visitor.startsWith("u_") && first.body().get("signed").asBoolean(), first.toString());

        Map<String, Object> desktop = new HashMap<>(phone);
        desktop.put("visitorId", "v_desk_" + suffix);
        desktop.put("userSignature", sign(site.secret(), "cust-1001").toUpperCase());
        desktop.put("url", "https://shop.example/");
        desktop.put("title", "首页");
        Api.Reply second = session(site.key(), WINDOWS, desktop);
        assertEquals(201, second.status(), second.toString());
        assertEquals(visitor, second.body().get("visitorId").asText(), "another device, the same customer");

        JsonNode profile = site.api().get("/api/v1/visitors/" + visitor).body();
        assertEquals("cust-1001", profile.get("userId").asText());
        assertEquals("王女士", profile.get("displayName").asText());
        assertEquals("Windows 10", profile.get("os").asText(), "the latest visit's system: " + profile);
        assertEquals("Chrome 131", profile.get("browser").asText());
        assertEquals("Desktop", profile.get("device").asText());
        assertEquals("127.0.0.1", profile.get("ip").asText());
        assertEquals("LAN", profile.get("region").asText());
        assertEquals(2, profile.get("pageViewCount").asInt());
        assertEquals("https://shop.example/", profile.get("pageViews").get(0).get("url").asText());
        assertEquals("订单 42", profile.get("pageViews").get(1).get("title").asText());

        // an anonymous phone visitor: the user agent read as iOS / Mobile Safari / iPhone
        Api.Reply anonymous = session(site.key(), IPHONE, anonymous("v_anon_" + suffix));
        assertEquals(201, anonymous.status());
        assertFalse(anonymous.body().get("signed").asBoolean());
        JsonNode anon = site.api().get("/api/v1/visitors/v_anon_" + suffix).body();
        assertEquals("iOS 17", anon.get("os").asText(), anon.toString());
        assertEquals("Mobile Safari 17", anon.get("browser").asText());
        assertEquals("iPhone", anon.get("device").asText());
        assertEquals(0, anon.get("pageViewCount").asInt());

        // a later page of a single-page site, with the pass
        String pass = anonymous.body().get("pass").asText();
        assertEquals(204, new Api(server, null).post("/api/widget/" + site.key() + "/pageviews",
                Map.of("pass", pass, "url", "https://shop.example/#/cart", "title", "购物车")).status());
        assertEquals(1, site.api().get("/api/v1/visitors/v_anon_" + suffix).body().get("pageViewCount").asInt());
        Api.Reply badUrl = new Api(server, null).post("/api/widget/" + site.key() + "/pageviews",
                Map.of("pass", pass, "url", "javascript:alert(1)"));
        assertEquals(400, badUrl.status(), badUrl.toString());

        // another tenant cannot read this visitor
        Api stranger = new Api(server, Api.newTenant(server, "trail2").apiKey());
        assertEquals(404, stranger.get("/api/v1/visitors/" + visitor).status());
    }

    @Test
    void forgedIdentitiesAndPassesAreRefused() throws Exception {
        Api.Site site = newSite("forge");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply wrong = session(site.key(), WINDOWS, Map.of("visitorId", "v_x_" + suffix, "userId", "cust-1001",
                "userSignature", sign("not-the-secret", "cust-1001")));
        assertEquals(403, wrong.status(), wrong.toString());
        assertTrue(wrong.contentType().startsWith("application/problem+json"));
        assertTrue(wrong.body().get("detail").asText().contains("userSignature"), wrong.toString());

        String signedId = session(site.key(), WINDOWS, Map.of("userId", "cust-7", "userSignature", sign(site.secret(), "cust-7")))
                .body().get("visitorId").asText();
        Api.Reply claimed = session(site.key(), WINDOWS, Map.of("visitorId", signedId));
        assertEquals(400, claimed.status(), "an anonymous browser cannot claim a signed customer's id: " + claimed);

        // a pass of another site, or an edited one, does not open the socket
        Api.Site other = newSite("forge2");
        String foreign = Api.visitorPass(server, other.key(), "v_f_" + suffix);
        String own = Api.visitorPass(server, site.key(), "v_o_" + suffix);
        String edited = own.substring(0, own.indexOf('.')) + "." + foreign.substring(foreign.indexOf('.') + 1);
        for (String pass : new String[] {foreign, edited, "garbage"}) {
            AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
            AgentSocketIT.visitorSocketWithPass(server, site.key(), pass, 0, frames);
            JsonNode error = frames.await(f -> AgentSocketIT.is(f, "error"));
            assertTrue(error.get("message").asText().contains("pass"), error.toString());
        }
        AgentSocketIT.Frames ok = new AgentSocketIT.Frames();
        AgentSocketIT.visitorSocketWithPass(server, site.key(), own, 0, ok);
        assertEquals("v_o_" + suffix, ok.await(f -> AgentSocketIT.is(f, "hello")).get("visitorId").asText());
    }

    @Test
    void aBlacklistedAddressIsRefusedEvenWithAPassIssuedBefore() throws Exception {
        Api.Site site = newSite("ipblock");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Reply before = sessionFrom("127.0.0.7", site.key(), anonymous("v_ip_" + suffix));
        assertEquals(201, before.status(), before.toString());
        String pass = Api.JSON.readTree(before.body()).get("pass").asText();
        assertEquals("127.0.0.7", site.api().get("/api/v1/visitors/v_ip_" + suffix).body().get("ip").asText());

        assertEquals(201, site.api().post("/api/v1/blacklist", Map.of("kind", "IP", "value", "127.0.0.7", "reason", "刷屏")).status());
        RawHttp.Reply refused = sessionFrom("127.0.0.7", site.key(), anonymous("v_ip2_" + suffix));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.headers().get("content-type").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("127.0.0.7 is blacklisted"), refused.body());
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        AgentSocketIT.visitorSocketWithPass(server, site.key(), pass, 0, frames);
        assertTrue(frames.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("blacklisted"));

        assertEquals(201, sessionFrom("127.0.0.1", site.key(), anonymous("v_ip3_" + suffix)).status(),
                "other addresses are not affected");
    }

    @Test
    void aFloodFromOneAddressIsSlowedDownWithRetryAfter() throws Exception {
        Api.Site site = newSite("ipflood");
        URI base = server.url("");
        int allowed = 0;
        RawHttp.Reply last = null;
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            last = RawHttp.send("127.0.0.8", base, "GET", "/api/widget/" + site.key() + "/config", null);
            if (last.status() != 200) {
                break;
            }
            allowed++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // a burst of SWITCHBOARD_RATE_IP_PER_MINUTE [600], plus the 10 a second that come back while it runs
        assertTrue(allowed >= 600 && allowed <= 600 + Math.ceil(seconds * 10) + 1,
                allowed + " requests passed in " + seconds + " s");
        assertEquals(429, last.status(), last.body());
        assertTrue(last.body().contains("too many requests from address 127.0.0.8"), last.body());
        long retry = Long.parseLong(last.headers().get("retry-after"));
        assertEquals(1, retry, "one request comes back every 0.1 s, rounded up to whole seconds");
        assertEquals(200, RawHttp.send("127.0.0.9", base, "GET", "/api/widget/" + site.key() + "/config", null).status(),
                "another address is not affected");
    }
}
