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
