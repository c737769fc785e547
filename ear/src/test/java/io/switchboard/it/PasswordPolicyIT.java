package io.switchboard.it;

import static io.switchboard.it.Problems.assertFieldProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One password rule at every entry point (issue 16, item 6): at least 10 characters, not a common password, not
 * containing the login name. Each refusal is a 400 naming the field and the rule, stores nothing, and a good
 * password is accepted (and logs in). Before, the staff API took "1", the platform API "a", and the reset and the
 * agents API any 8 characters.
 */
@ExtendWith(SwitchboardServer.class)
class PasswordPolicyIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> staff(String username, String password) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("password", password);
        m.put("fullName", "小明");
        m.put("role", "AGENT");
        return m;
    }

    private static int agents(Api api) {
        return api.get("/api/v1/staff?role=AGENT").body().get("total").asInt();
    }

    @Test
    void staffCreateRefusesWeakPasswordsNamingTheRule() {
        Api api = new Api(server, Api.newTenant(server, "pw-staff").apiKey());
        String login = "ming-" + suffix();

        assertFieldProblem(api.post("/api/v1/staff", staff(login, "1")), 400, "password", "at least 10 characters");
        assertFieldProblem(api.post("/api/v1/staff", staff(login, "Password123")), 400, "password", "common");
        assertFieldProblem(api.post("/api/v1/staff", staff(login, "1234567890")), 400, "password", "common");
        assertFieldProblem(api.post("/api/v1/staff", staff(login, login.toUpperCase() + "-2026")), 400, "password",
                "login name");
        assertEquals(0, agents(api), "no refused person was stored");

        Api.Reply created = api.post("/api/v1/staff", staff(login, "Kefu-blue-river-7"));
        assertEquals(201, created.status(), created.toString());
        assertEquals(login, created.body().get("username").asText());
        assertEquals(302, new Browser(server, "en").login(login, "Kefu-blue-river-7").statusCode(), "the good one logs in");
    }

    @Test
    void aPasswordResetFollowsTheSameRuleAndARefusedOneChangesNothing() {
        Api api = new Api(server, Api.newTenant(server, "pw-reset").apiKey());
        String login = "hong-" + suffix();
        Api.Reply created = api.post("/api/v1/staff", staff(login, "Initial-Pw-2026"));
        assertEquals(201, created.status(), created.toString());
        String path = "/api/v1/staff/" + created.body().get("id").asLong() + "/password";

        assertFieldProblem(api.put(path, Map.of("password", "password")), 400, "password", "at least 10 characters");
        assertFieldProblem(api.put(path, Map.of("password", "short-9ch")), 400, "password", "at least 10 characters");
        assertFieldProblem(api.put(path, Map.of("password", "qwertyuiop")), 400, "password", "common");
        assertFieldProblem(api.put(path, Map.of("password", "my-" + login)), 400, "password", "login name");
        assertEquals(302, new Browser(server, "en").login(login, "Initial-Pw-2026").statusCode(),
                "the refused resets left the password as it was");

        assertEquals(204, api.put(path, Map.of("password", "Another-quiet-lake-4")).status());
        assertEquals(302, new Browser(server, "en").login(login, "Another-quiet-lake-4").statusCode());
        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit?targetType=agent").body().get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertEquals(List.of("agent.reset-password", "agent.create"), actions, "refused resets leave no audit entry");
    }

    @Test
    void theAgentsApiRefusesWeakPasswords() {
        Api api = new Api(server, Api.newTenant(server, "pw-agents").apiKey());
        String login = "wang-" + suffix();
        assertFieldProblem(api.post("/api/v1/agents", Map.of("username", login, "password", "a-b")), 400, "password",
                "at least 10 characters");
        assertFieldProblem(api.post("/api/v1/agents", Map.of("username", login, "password", "qwertyuiop")), 400,
                "password", "common");
        assertFieldProblem(api.post("/api/v1/agents", Map.of("username", login, "password", "Password2026")), 400,
                "password", "common");
        assertFieldProblem(api.post("/api/v1/agents", Map.of("username", login, "password", "x-" + login + "-x")), 400,
                "password", "login name");
        assertEquals(0, agents(api), "nothing stored");

        Api.Reply created = api.post("/api/v1/agents", Map.of("username", login, "displayName", "小王",
                "password", "Quiet-harbor-2026"));
        assertEquals(201, created.status(), created.toString());
        assertEquals("小王", created.body().get("displayName").asText());
        assertEquals(1, agents(api));
    }

    @Test
    void thePlatformApiRefusesAWeakAdminPasswordAndCreatesNothing() {
        Api platform = new Api(server, server.platformKey());
        String s = suffix();
        Map<String, Object> tenant = new HashMap<>(Map.of("code", "pw-platform-" + s, "name", "PW Ltd " + s,
                "adminUsername", "pw-admin-" + s, "adminPassword", "a"));
        assertFieldProblem(platform.post("/api/platform/tenants", tenant), 400, "adminPassword", "at least 10 characters");
        tenant.put("adminPassword", "password1234");
        assertFieldProblem(platform.post("/api/platform/tenants", tenant), 400, "adminPassword", "common");
        tenant.put("adminPassword", "PW-ADMIN-" + s.toUpperCase() + "!");
        assertFieldProblem(platform.post("/api/platform/tenants", tenant), 400, "adminPassword", "login name");
        tenant.remove("adminUsername");
        tenant.put("adminPassword", "Tenant-admin-pass-1");
        Api.Reply noLogin = platform.post("/api/platform/tenants", tenant);
        assertEquals(400, noLogin.status(), noLogin.toString());
        assertTrue(noLogin.body().get("errors").findValuesAsText("field").contains("adminUsername"), noLogin.toString());

        tenant.put("adminUsername", "pw-admin-" + s);
        Api.Reply created = platform.post("/api/platform/tenants", tenant);
        assertEquals(201, created.status(), "the code and login were not taken by the refused attempts: " + created);
        assertEquals("pw-platform-" + s, created.body().get("code").asText());
        assertEquals(302, new Browser(server, "en").login("pw-admin-" + s, "Tenant-admin-pass-1").statusCode());
    }

    @Test
    void theBatchImportNamesTheRuleInThePasswordColumnOfEachRow() {
        Api api = new Api(server, Api.newTenant(server, "pw-import").apiKey());
        String s = suffix();
        String header = "工号,客服姓名,对外昵称,客服邮箱,手机号,分机号,客服角色,技能组,最大接待量,登录名,初始密码\n";
        String weak = header
                + "400001,赵一,,zhao1-" + s + "@example.com,,,普通坐席,,,,1\n"
                + "400002,赵二,,zhao2-" + s + "@example.com,,,普通坐席,,,,password123\n"
                + "400003,赵三,,,,,普通坐席,,,zhao3-" + s + ",zhao3-" + s + "-pw\n"
                + "400004,赵四,,zhao4-" + s + "@example.com,,,普通坐席,,,,Good-import-pw-4\n";
        Api.Reply refused = api.postBytes("/api/v1/staff/import", "text/csv", weak.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(4, refused.body().get("rows").asInt());
        assertEquals(0, refused.body().get("created").asInt());
        Map<Integer, JsonNode> byRow = new HashMap<>();
        refused.body().get("errors").forEach(e -> byRow.put(e.get("row").asInt(), e));
        assertEquals(3, byRow.size(), refused.toString());
        assertPasswordRow(byRow.get(2), "at least 10 characters", "password.tooShort");
        assertPasswordRow(byRow.get(3), "common", "password.common");
        assertPasswordRow(byRow.get(4), "login name", "password.containsLogin");
        assertFalse(byRow.containsKey(5), "row 5 is fine");
        assertEquals(0, agents(api), "all or nothing");

        String good = header
                + "400001,赵一,,zhao1-" + s + "@example.com,,,普通坐席,,,,Good-import-pw-1\n"
                + "400004,赵四,,zhao4-" + s + "@example.com,,,普通坐席,,,,Good-import-pw-4\n";
        Api.Reply imported = api.postBytes("/api/v1/staff/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(2, imported.body().get("created").asInt());
        assertEquals(302, new Browser(server, "en").login("zhao4-" + s + "@example.com", "Good-import-pw-4").statusCode());
    }

    private static void assertPasswordRow(JsonNode error, String text, String code) {
        assertEquals("初始密码", error.get("column").asText(), error.toString());
        assertTrue(error.get("message").asText().contains(text), error.toString());
        assertEquals(code, error.get("code").asText(), error.toString());
    }
}
