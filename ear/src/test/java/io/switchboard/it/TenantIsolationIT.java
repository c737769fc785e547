package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user or key of tenant A can neither read nor change tenant B's rows, by list, by id, or by name. */
@ExtendWith(SwitchboardServer.class)
class TenantIsolationIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void tenantACannotReadOrChangeTenantBsSkillGroup() {
        Api.Tenant a = Api.newTenant(server, "tenant-a");
        Api.Tenant b = Api.newTenant(server, "tenant-b");
        Api apiA = new Api(server, a.apiKey());
        Api apiB = new Api(server, b.apiKey());

        Api.Reply created = apiB.post("/api/v1/skill-groups", Map.of("name", "B-only VIP 贵宾组"));
        assertEquals(201, created.status(), created.toString());
        long bGroup = created.body().get("id").asLong();

        // read: by id and in the list
        Api.Reply readByA = apiA.get("/api/v1/skill-groups/" + bGroup);
        assertEquals(404, readByA.status());
        assertTrue(readByA.contentType().startsWith("application/problem+json"), readByA.contentType());
        assertEquals(0, apiA.get("/api/v1/skill-groups").body().get("total").asLong());

        // change and delete
        assertEquals(404, apiA.put("/api/v1/skill-groups/" + bGroup, Map.of("name", "hijacked")).status());
        assertEquals(404, apiA.delete("/api/v1/skill-groups/" + bGroup).status());

        // a name used in B is free in A: uniqueness is per tenant
        assertEquals(201, apiA.post("/api/v1/skill-groups", Map.of("name", "B-only VIP 贵宾组")).status());

        // B's row is untouched
        JsonNode stillThere = apiB.get("/api/v1/skill-groups/" + bGroup).body();
        assertEquals("B-only VIP 贵宾组", stillThere.get("name").asText());
        assertEquals(1, apiB.get("/api/v1/skill-groups").body().get("total").asLong());
    }

    /**
     * Every resource of tenant B, by id, through tenant A's key: each read, change and delete answers 404 (never 403,
     * which would confirm the id exists), every list of A is empty of B's rows, and B's rows are untouched.
     */
    @Test
    void tenantACannotReachAnyOfTenantBsResources() throws Exception {
        Api a = new Api(server, Api.newTenant(server, "iso-a").apiKey());
        Api.Tenant tb = Api.newTenant(server, "iso-b");
        Api b = new Api(server, tb.apiKey());
        String s = java.util.UUID.randomUUID().toString().substring(0, 8);
        long group = b.post("/api/v1/skill-groups", Map.of("name", "B 组")).body().get("id").asLong();
        long agent = b.post("/api/v1/agents", Map.of("username", "iso-b-" + s, "displayName", "B 坐席",
                "password", "Pw-" + java.util.UUID.randomUUID())).body().get("agentId").asLong();
        b.put("/api/v1/skill-groups/" + group + "/members", java.util.List.of(Map.of("agentId", agent)));
        b.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        long site = b.post("/api/v1/widget-sites", Map.of("name", "B site")).body().get("id").asLong();
        long category = b.post("/api/v1/quick-replies/categories", Map.of("name", "B 分类")).body().get("id").asLong();
        long reply = b.post("/api/v1/quick-replies", Map.of("categoryId", category, "title", "B", "body", "B 的回复"))
                .body().get("id").asLong();
        long listed = b.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", "iso-bad-" + s, "reason", "B"))
                .body().get("id").asLong();
        long word = b.post("/api/v1/sensitive-words", Map.of("word", "B 词" + s)).body().get("id").asLong();
        String file = b.postFile("/api/v1/files", "b.png", WidgetBrowserIT.picture()).body().get("id").asText();
        assertEquals(202, b.post("/api/v1/im/messages", Map.of("senderId", "iso-v-" + s, "clientMessageId", "iso-m-" + s,
                "text", "B 的访客", "skillGroupId", group)).status());
        long conversation = Poll.until(java.time.Duration.ofSeconds(20), "B's conversation", () -> {
            JsonNode c = b.get("/api/v1/im/visitors/iso-v-" + s + "/conversation").body().path("conversation");
            return c.has("id") ? Long.valueOf(c.get("id").asLong()) : null;
        });
        assertEquals(200, b.put("/api/v1/conversations/" + conversation + "/summary", Map.of("agentId", agent,
                "category", "咨询", "note", "B")).status());

        Map<String, Integer> reads = new java.util.LinkedHashMap<>();
        reads.put("/api/v1/skill-groups/" + group, a.get("/api/v1/skill-groups/" + group).status());
        reads.put("/api/v1/agents/" + agent, a.get("/api/v1/agents/" + agent).status());
        reads.put("/api/v1/staff/" + agent, a.get("/api/v1/staff/" + agent).status());
        reads.put("/api/v1/widget-sites/" + site, a.get("/api/v1/widget-sites/" + site).status());
        reads.put("/api/v1/files/" + file, a.download("/api/v1/files/" + file).status());
        reads.put("/api/v1/conversations/" + conversation, a.get("/api/v1/conversations/" + conversation).status());
        reads.put("messages", a.get("/api/v1/conversations/" + conversation + "/messages").status());
        reads.put("summary", a.get("/api/v1/conversations/" + conversation + "/summary").status());
        reads.put("im message", a.get("/api/v1/im/messages/iso-m-" + s).status());
        reads.put("im conversation", a.get("/api/v1/im/visitors/iso-v-" + s + "/conversation").status());
        reads.put("visitor", a.get("/api/v1/visitors/iso-v-" + s + "?channel=IM_API").status());
        reads.forEach((what, status) -> assertEquals(404, status, "read " + what));

        Map<String, Integer> changes = new java.util.LinkedHashMap<>();
        changes.put("agent status", a.put("/api/v1/agents/" + agent + "/status", Map.of("status", "BREAK")).status());
        changes.put("agent cap", a.put("/api/v1/agents/" + agent + "/cap", Map.of("maxConcurrent", 1)).status());
        changes.put("force offline", a.post("/api/v1/agents/" + agent + "/force-offline", Map.of()).status());
        changes.put("staff delete", a.delete("/api/v1/staff/" + agent).status());
        changes.put("site update", a.put("/api/v1/widget-sites/" + site, Map.of("name", "hijacked",
                "settings", b.get("/api/v1/widget-sites/" + site).body().get("settings"))).status());
        changes.put("site secret", a.post("/api/v1/widget-sites/" + site + "/secret/reveal", Map.of()).status());
        changes.put("site delete", a.delete("/api/v1/widget-sites/" + site).status());
        changes.put("group regions", a.put("/api/v1/skill-groups/" + group + "/regions", Map.of("regions", java.util.List.of())).status());
        changes.put("reply", a.put("/api/v1/quick-replies/" + reply, Map.of("title", "x", "body", "x")).status());
        changes.put("reply delete", a.delete("/api/v1/quick-replies/" + reply).status());
        changes.put("category delete", a.delete("/api/v1/quick-replies/categories/" + category).status());
        changes.put("blacklist restore", a.delete("/api/v1/blacklist/" + listed).status());
        changes.put("word delete", a.delete("/api/v1/sensitive-words/" + word).status());
        changes.put("close", a.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", agent)).status());
        changes.put("write", a.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", agent, "text", "hijack")).status());
        changes.put("summary processed", a.post("/api/v1/service-summaries/" + conversation + "/processed",
                Map.of("accountId", agent)).status());
        changes.forEach((what, status) -> assertEquals(404, status, "change " + what));

        for (String list : new String[] {"/api/v1/staff", "/api/v1/widget-sites", "/api/v1/quick-replies/categories",
                "/api/v1/blacklist", "/api/v1/sensitive-words", "/api/v1/conversations", "/api/v1/service-summaries",
                "/api/v1/ratings", "/api/v1/left-messages", "/api/v1/sessions", "/api/v1/queue"}) {
            String body = a.get(list).body().toString();
            assertFalse(body.contains("B 组") || body.contains("B 坐席") || body.contains("B site") || body.contains("B 分类")
                    || body.contains("iso-bad-" + s) || body.contains("B 词") || body.contains("iso-v-" + s), list + ": " + body);
        }
        JsonNode quick = a.get("/api/v1/quick-replies").body();
        assertFalse(quick.toString().contains("B 的回复"), quick.toString());

        // B's rows are untouched
        assertEquals("ONLINE", b.get("/api/v1/agents/" + agent).body().get("status").asText());
        assertEquals("B site", b.get("/api/v1/widget-sites/" + site).body().get("name").asText());
        assertEquals("ASSIGNED", b.get("/api/v1/conversations/" + conversation).body().get("state").asText());
        assertEquals(200, b.get("/api/v1/quick-replies/categories").status());
        assertTrue(b.get("/api/v1/sensitive-words").body().toString().toLowerCase().contains(("B 词" + s).toLowerCase()));
    }

    @Test
    void adminOfTenantASeesOnlyTenantAsGroupsInTheConsole() {
        Api.Tenant a = Api.newTenant(server, "console-a");
        Api.Tenant b = Api.newTenant(server, "console-b");
        new Api(server, a.apiKey()).post("/api/v1/skill-groups", Map.of("name", "Group of A"));
        new Api(server, b.apiKey()).post("/api/v1/skill-groups", Map.of("name", "Group of B"));

        Browser adminA = new Browser(server, "en");
        assertEquals(302, adminA.login(a.adminUsername(), a.adminPassword()).statusCode());
        String console = adminA.get("/admin/groups.xhtml").body();
        assertTrue(console.contains("Group of A"), console);
        assertFalse(console.contains("Group of B"));
        assertFalse(console.contains("售前咨询"), "nor the demo tenant's groups");
    }

    @Test
    void widgetSiteKeyNamesTheTenant() {
        Api.Reply unknown = new Api(server, null).get("/api/widget/site_doesnotexist/config");
        assertEquals(404, unknown.status());
        assertEquals("unknown widget site key", unknown.body().get("detail").asText());
    }

    @Test
    void requestsWithoutAValidKeyAreRefused() {
        Api.Reply none = new Api(server, null).get("/api/v1/skill-groups");
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertEquals(401, new Api(server, "sb_forged").get("/api/v1/skill-groups").status());
        assertEquals(401, new Api(server, "wrong").post("/api/platform/tenants", Map.of()).status());
    }

    @Test
    void badInputGetsAProblemWithFieldErrorsAndNothingIsStored() {
        Api.Tenant t = Api.newTenant(server, "bad-input");
        Api api = new Api(server, t.apiKey());
        Api.Reply blank = api.post("/api/v1/skill-groups", Map.of("name", " "));
        assertEquals(400, blank.status());
        assertEquals("name", blank.body().get("errors").get(0).get("field").asText());
        Api.Reply malformed = api.postRaw("/api/v1/skill-groups", "{\"name\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        api.post("/api/v1/skill-groups", Map.of("name", "Dup"));
        assertEquals(409, api.post("/api/v1/skill-groups", Map.of("name", "Dup")).status());
        assertEquals(1, api.get("/api/v1/skill-groups").body().get("total").asLong());
    }
}
