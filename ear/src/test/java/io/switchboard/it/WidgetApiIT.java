package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the widget relies on besides the browser: site settings (validated, public config with online agents,
 * CORS for other origins), uploads (sniffed type, size limit, safe download headers), the typing preview
 * reaching the agent's socket, ratings once per conversation, live queue places.
 */
@ExtendWith(SwitchboardServer.class)
class WidgetApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final SwitchboardServer server = SwitchboardServer.get();

    private HttpResponse<String> upload(String site, String visitor, String name, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/" + site + "/files?pass="
                + URLEncoder.encode(Api.visitorPass(server, site, visitor), StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Origin", "http://shop.example")
                .header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * S2 picker j/k: with "only groups of the visitor's region" on, the picker offers the groups that serve the
     * visitor's region (by address; 127.0.0.1 is "LAN" in the region table) and groups without regions; when none
     * serves it, the site's message for that case.
     */
    @Test
    void thePickerCanOfferOnlyTheGroupsOfTheVisitorsRegion() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "region").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "region-" + suffix, "displayName", "小区",
                "password", "Pw-" + UUID.randomUUID())).body().get("agentId").asLong();
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        long local = regionGroup(api, "本地组", agent, List.of("LAN"));
        long sichuan = regionGroup(api, "四川组", agent, List.of("四川"));
        long everywhere = regionGroup(api, "全国组", agent, List.of());
        JsonNode site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body();
        String key = site.get("siteKey").asText();
        assertEquals(List.of(local, sichuan, everywhere), pickable(key), "off by default: every group");

        ObjectNode settings = (ObjectNode) site.get("settings");
        ((ObjectNode) settings.get("picker")).put("byRegion", true);
        assertEquals(200, api.put("/api/v1/widget-sites/" + site.get("id").asLong(),
                Map.of("name", "Shop", "settings", settings)).status());
        assertEquals(List.of(local, everywhere), pickable(key), "the visitor's region and every-region groups");

        api.put("/api/v1/skill-groups/" + local + "/regions", Map.of("regions", List.of("北京")));
        Api.Reply regions = api.put("/api/v1/skill-groups/" + everywhere + "/regions", Map.of("regions", List.of("广东", "广西")));
        assertEquals(List.of("广东", "广西"), List.of(regions.body().get("regions").get(0).asText(),
                regions.body().get("regions").get(1).asText()));
        JsonNode config = new Api(server, null).get("/api/widget/" + key + "/config").body();
        assertEquals(0, config.get("skillGroups").size(), config.toString());
        assertTrue(config.get("noGroupForRegion").asBoolean());
        assertEquals("您所在的地区暂无服务的技能组，请留言", config.get("settings").get("picker").get("noRegionTitle").asText());
        Api.Reply tooMany = api.put("/api/v1/skill-groups/" + local + "/regions",
                Map.of("regions", java.util.Collections.nCopies(21, "x")));
        assertEquals(400, tooMany.status(), tooMany.toString());
    }

    private static long regionGroup(Api api, String name, long agent, List<String> regions) {
        long id = api.post("/api/v1/skill-groups", Map.of("name", name)).body().get("id").asLong();
        api.put("/api/v1/skill-groups/" + id + "/members", List.of(Map.of("agentId", agent)));
        assertEquals(200, api.put("/api/v1/skill-groups/" + id + "/regions", Map.of("regions", regions)).status());
        return id;
    }

    private List<Long> pickable(String siteKey) {
        List<Long> ids = new java.util.ArrayList<>();
        new Api(server, null).get("/api/widget/" + siteKey + "/config").body().get("skillGroups")
                .forEach(g -> ids.add(g.get("id").asLong()));
        return ids;
    }

    @Test
    void siteSettingsAreValidatedAndPublishedWithTheGroupsAndTheirOnlineAgents() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "wcf").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "wcf-" + suffix, "displayName", "小李",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        JsonNode site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body();
        assertTrue(site.get("embed").asText().matches("<script src=\"http://localhost:\\d+/widget\\.js\" data-site=\""
                + site.get("siteKey").asText() + "\" async></script>"), site.get("embed").asText());
        assertEquals("在线客服", site.get("settings").get("button").get("text").asText(), "seed default");
        assertEquals(5, site.get("settings").get("invitation").get("delaySeconds").asInt(), "seed default");
        assertEquals(5, site.get("settings").get("picker").get("maxGroups").asInt(), "seed default");

        ObjectNode settings = (ObjectNode) site.get("settings").deepCopy();
        ((ObjectNode) settings.get("button")).put("color", "red");
        ((ObjectNode) settings.get("picker")).put("maxGroups", 0);
        Api.Reply bad = api.put("/api/v1/widget-sites/" + site.get("id").asLong(), Map.of("name", "Shop", "settings", settings));
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("application/problem+json", bad.contentType());
        List<String> fields = bad.body().get("errors").findValuesAsText("field");
        assertTrue(fields.contains("color") && fields.contains("maxGroups"), bad.toString());

        ((ObjectNode) settings.get("button")).put("color", "#00aa55").put("text", "Chat with us");
        ((ObjectNode) settings.get("picker")).put("maxGroups", 3).put("showAgents", true);
        assertEquals(200, api.put("/api/v1/widget-sites/" + site.get("id").asLong(),
                Map.of("name", "Shop", "settings", settings)).status());

        String key = site.get("siteKey").asText();
        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/" + key + "/config"))
                .header("Origin", "http://shop.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, config.statusCode());
        assertEquals("*", config.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "any site may embed");
        JsonNode c = Api.JSON.readTree(config.body());
        assertEquals("Chat with us", c.get("settings").get("button").get("text").asText());
        assertEquals(false, c.get("anyoneOnline").asBoolean());
        assertEquals(5 * 1024 * 1024, c.get("maxUploadBytes").asLong());
        assertEquals(0, c.get("skillGroups").get(0).get("agentsOnline").asInt());

        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        c = Api.JSON.readTree(HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/" + key + "/config")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(true, c.get("anyoneOnline").asBoolean());
        assertEquals(1, c.get("skillGroups").get(0).get("agentsOnline").asInt());
        assertEquals("小李", c.get("skillGroups").get(0).get("agents").get(0).asText(), "agents shown when the site says so");
        assertTrue(c.path("secret").isMissingNode() && !c.toString().contains(site.path("secret").asText("none")),
                "the site secret never reaches browsers");

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/" + key + "/files"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://shop.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-file-name").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "preflight: " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("X-File-Name"));
    }

    @Test
    void uploadsAreSniffedLimitedAndServedSafely() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "wup").apiKey());
        String key = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        String visitor = "up-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> ok = upload(key, visitor, "报价单 (1).pdf", "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode stored = Api.JSON.readTree(ok.body());
        assertEquals("application/pdf", stored.get("contentType").asText());
        assertEquals("报价单 (1).pdf", stored.get("fileName").asText());

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(
                server.url("/api/widget/" + key + "/files/" + stored.get("id").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%E6%8A%A5"), disposition);
        assertEquals("%PDF-1.4\n% test\n", new String(download.body(), StandardCharsets.US_ASCII));

        HttpResponse<String> html = upload(key, visitor, "cat.png", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, html.statusCode(), "markup is refused whatever its name: " + html.body());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> big = upload(key, visitor, "big.txt", "a".repeat(5 * 1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, big.statusCode(), big.body());
        assertTrue(Api.JSON.readTree(big.body()).get("detail").asText().contains("5 MiB"));

        HttpResponse<String> otherTenant = HTTP.send(HttpRequest.newBuilder(server.url("/api/widget/"
                + new Api(server, Api.newTenant(server, "wup2").apiKey()).post("/api/v1/widget-sites", Map.of("name", "X"))
                        .body().get("siteKey").asText() + "/files/" + stored.get("id").asText())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, otherTenant.statusCode(), "a file is only served under its own tenant's site");
    }

    @Test
    void theVisitorsDraftReachesTheAgentTheQueuePlaceIsLiveAndARatingCountsOnce() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "wty").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "wty-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小周", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        api.put("/api/v1/agents/" + agent + "/cap", Map.of("maxConcurrent", 1));
        String key = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        AgentSocketIT.Frames agentFrames = new AgentSocketIT.Frames();
        AgentSocketIT.agentSocket(server, username, password, agentFrames);

        AgentSocketIT.Frames first = new AgentSocketIT.Frames();
        WebSocket one = AgentSocketIT.visitorSocket(server, key, "first-" + suffix, 0, first);
        first.await(f -> AgentSocketIT.is(f, "hello"));
        one.sendText("{\"type\":\"send\",\"clientId\":\"a-" + suffix + "\",\"text\":\"在吗\",\"skillGroupId\":" + group + "}", true);
        JsonNode served = first.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()));
        assertEquals("小周", served.get("agentName").asText());
        long conversation = served.get("conversationId").asLong();

        // a second visitor queues behind and hears the place live when it changes
        AgentSocketIT.Frames second = new AgentSocketIT.Frames();
        WebSocket two = AgentSocketIT.visitorSocket(server, key, "second-" + suffix, 0, second);
        second.await(f -> AgentSocketIT.is(f, "hello"));
        two.sendText("{\"type\":\"send\",\"clientId\":\"b-" + suffix + "\",\"text\":\"我也要\",\"skillGroupId\":" + group + "}", true);
        JsonNode queued = second.await(f -> AgentSocketIT.is(f, "queue"));
        assertEquals(1, queued.get("position").asInt());
        assertEquals(0, queued.get("peopleAhead").asInt());

        // CH-9: the draft goes to the serving agent only, never into the transcript
        one.sendText("{\"type\":\"typing\",\"text\":\"我想问一下退货\"}", true);
        JsonNode typing = agentFrames.await(f -> AgentSocketIT.is(f, "typing"));
        assertEquals(conversation, typing.get("conversationId").asLong());
        assertEquals("我想问一下退货", typing.get("draft").asText());
        JsonNode transcript = api.get("/api/v1/conversations/" + conversation + "/messages").body();
        assertTrue(transcript.findValuesAsText("body").stream().noneMatch(b -> b.contains("退货")));

        // the agent ends the first: it is rated once; the second visitor is served next
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", agent)).status());
        first.await(f -> AgentSocketIT.is(f, "state") && "ENDED".equals(f.get("event").asText()));
        second.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()));
        one.sendText("{\"type\":\"rate\",\"conversationId\":" + conversation + ",\"score\":5,\"comment\":\"好\"}", true);
        assertEquals(5, first.await(f -> AgentSocketIT.is(f, "rated")).get("score").asInt());
        one.sendText("{\"type\":\"rate\",\"conversationId\":" + conversation + ",\"score\":1}", true);
        JsonNode twice = first.await(f -> AgentSocketIT.is(f, "error"));
        assertTrue(twice.get("message").asText().contains("already rated"));
        // item 15: the refusal's kind and values, for the widget to say it in the visitor's language
        assertEquals("conversation.alreadyRated", twice.get("reason").asText(), twice.toString());
        assertEquals(String.valueOf(conversation), twice.get("arguments").get(0).asText());
        two.sendText("{\"type\":\"rate\",\"conversationId\":" + conversation + ",\"score\":1}", true);
        assertTrue(second.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("not yours"));
        two.sendText("{\"type\":\"rate\",\"conversationId\":" + conversation + ",\"score\":9}", true);
        assertTrue(second.await(f -> AgentSocketIT.is(f, "error") && f.get("message").asText().contains("score")) != null);
        JsonNode ratings = api.get("/api/v1/ratings").body();
        assertEquals(1, ratings.get("total").asInt());
        assertEquals(5, ratings.get("items").get(0).get("score").asInt());
    }

}
