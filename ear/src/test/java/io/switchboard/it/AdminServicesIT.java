package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services behind the admin console (issue 6) on the running server: the staff directory with its validation
 * and batch import, routing settings taking effect on the next decision, the audit log, sessions, the monitor,
 * and quick-reply import/export.
 */
@ExtendWith(SwitchboardServer.class)
class AdminServicesIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static Map<String, Object> person(String username, String employeeNo, String name, String email,
                                              List<Long> groups, Integer cap) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("password", "Initial-Pw-1");
        m.put("employeeNo", employeeNo);
        m.put("fullName", name);
        m.put("nickname", name + "客服");
        m.put("email", email);
        m.put("mobile", "13800138000");
        m.put("extension", "8001");
        m.put("role", "AGENT");
        m.put("skillGroupIds", groups);
        m.put("maxConcurrent", cap);
        return m;
    }

    private static long group(Api api, String name) {
        Api.Reply g = api.post("/api/v1/skill-groups", Map.of("name", name));
        assertEquals(201, g.status(), g.toString());
        return g.body().get("id").asLong();
    }

    @Test
    void staffDirectoryValidatesSearchesUpdatesAndAudits() {
        Api.Tenant tenant = Api.newTenant(server, "staff");
        Api api = new Api(server, tenant.apiKey());
        long presales = group(api, "售前");
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        Api.Reply created = api.post("/api/v1/staff", person("ming-" + suffix, "100010", "小明", "ming@example.com",
                List.of(presales), 3));
        assertEquals(201, created.status(), created.toString());
        JsonNode ming = created.body();
        long mingId = ming.get("id").asLong();
        assertEquals("100010", ming.get("employeeNo").asText());
        assertEquals("小明客服", ming.get("nickname").asText());
        assertEquals("8001", ming.get("extension").asText());
        assertEquals("售前", ming.get("skillGroupNames").get(0).asText());
        assertEquals(3, ming.get("cap").asInt());
        // the nickname is what the seat (and so the visitor) sees
        assertEquals("小明客服", api.get("/api/v1/agents/" + mingId).body().get("displayName").asText());
        // the group has the new member
        assertEquals(mingId, api.get("/api/v1/skill-groups/" + presales).body().get("members").get(0).get("agentId").asLong());

        Api.Reply duplicate = api.post("/api/v1/staff", person("hong-" + suffix, "100010", "小红", "hong@example.com",
                List.of(), null));
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("employeeNo", duplicate.body().get("errors").get(0).get("field").asText());
        assertTrue(duplicate.body().get("detail").asText().contains("100010"), duplicate.toString());

        Api.Reply takenLogin = api.post("/api/v1/staff", person("ming-" + suffix, "100011", "小红", "hong@example.com",
                List.of(), null));
        assertEquals(409, takenLogin.status(), takenLogin.toString());
        assertEquals("username", takenLogin.body().get("errors").get(0).get("field").asText());

        Map<String, Object> bad = person("hong-" + suffix, "100 11", "", "not-an-email", List.of(), 500);
        Api.Reply invalid = api.post("/api/v1/staff", bad);
        assertEquals(400, invalid.status(), invalid.toString());
        List<String> fields = new ArrayList<>();
        invalid.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.containsAll(List.of("email", "employeeNo", "fullName", "maxConcurrent")), fields.toString());
        assertEquals(1, api.get("/api/v1/staff?role=AGENT").body().get("total").asInt(), "nothing saved by the refusals");

        Api.Reply hong = api.post("/api/v1/staff", person("hong-" + suffix, "100011", "小红", "hong@corp.example",
                List.of(), null));
        assertEquals(201, hong.status(), hong.toString());
        long hongId = hong.body().get("id").asLong();

        // search by each field of the 客服管理 page
        assertEquals(mingId, api.get("/api/v1/staff?employeeNo=0010").body().get("items").get(0).get("id").asLong());
        assertEquals(1, api.get("/api/v1/staff?email=corp.example").body().get("total").asInt());
        assertEquals(hongId, api.get("/api/v1/staff?name=小红").body().get("items").get(0).get("id").asLong());
        assertEquals(1, api.get("/api/v1/staff?skillGroupId=" + presales).body().get("total").asInt());
        assertEquals(2, api.get("/api/v1/staff?role=AGENT&mobile=138").body().get("total").asInt());
        assertEquals(0, api.get("/api/v1/staff?name=%25").body().get("total").asInt(), "% is a character, not a wildcard");

        // edit: new nickname, into the group as well, role supervisor
        Map<String, Object> edit = person(null, "100011", "小红", "hong@corp.example", List.of(presales), 5);
        edit.put("nickname", "红红");
        edit.put("role", "SUPERVISOR");
        Api.Reply updated = api.put("/api/v1/staff/" + hongId, edit);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("SUPERVISOR", updated.body().get("role").asText());
        assertEquals("红红", api.get("/api/v1/agents/" + hongId).body().get("displayName").asText());
        assertEquals(2, api.get("/api/v1/skill-groups/" + presales).body().get("members").size());

        assertEquals(400, api.put("/api/v1/staff/" + hongId + "/password", Map.of("password", "short")).status());
        assertEquals(204, api.put("/api/v1/staff/" + hongId + "/password", Map.of("password", "Another-Pw-2")).status());

        // delete: gone from the directory and the group, and audited
        assertEquals(204, api.delete("/api/v1/staff/" + hongId).status());
        assertEquals(404, api.get("/api/v1/staff/" + hongId).status());
        assertEquals(1, api.get("/api/v1/skill-groups/" + presales).body().get("members").size());

        JsonNode audit = api.get("/api/v1/audit?targetType=agent&limit=50").body();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertEquals(List.of("agent.delete", "agent.reset-password", "agent.update", "agent.create", "agent.create"),
                actions, "newest first, refused changes leave no entry");
        JsonNode update = audit.get("items").get(2);
        assertTrue(update.get("actor").asText().startsWith("api:sb_"), update.toString());
        assertTrue(update.get("before").asText().contains("\"role\":\"AGENT\""), update.toString());
        assertTrue(update.get("after").asText().contains("\"role\":\"SUPERVISOR\""), update.toString());
        assertFalse(audit.toString().contains("Another-Pw-2"), "no password in the audit log");
    }

    @Test
    void batchImportReportsEveryBadRowAndAddsNothingUntilTheFileIsRight() {
        Api api = new Api(server, Api.newTenant(server, "import").apiKey());
        group(api, "售前");
        String s = UUID.randomUUID().toString().substring(0, 6);
        String badCsv = "工号,客服姓名,对外昵称,客服邮箱,手机号,分机号,客服角色,技能组,最大接待量,登录名,初始密码\n"
                + "200001,张三,小张,zhang-" + s + "@example.com,13800000001,,普通坐席,售前,5,,Passw0rd-1\n"
                + "200001,李四,小李,li-" + s + "@example.com,13800000002,,质检员,售后,x,,short\n"
                + "200003,王五,,not-an-email,,,店长,,,,Passw0rd-3\n";
        Api.Reply refused = api.postBytes("/api/v1/staff/import", "text/csv", badCsv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(3, refused.body().get("rows").asInt());
        assertEquals(0, refused.body().get("created").asInt());
        List<String> errors = new ArrayList<>();
        refused.body().get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertTrue(errors.containsAll(List.of("3 工号", "3 技能组", "3 最大接待量", "3 初始密码", "4 客服邮箱", "4 客服角色")),
                errors.toString());
        assertFalse(errors.stream().anyMatch(e -> e.startsWith("2 ")), "row 2 is fine: " + errors);
        assertEquals(0, api.get("/api/v1/staff?role=AGENT").body().get("total").asInt(), "all or nothing");

        String goodCsv = "\uFEFFemployeeNo,name,nickname,email,mobile,extension,role,skillGroups,maxConcurrent,username,password\n"
                + "200001,张三,小张,zhang-" + s + "@example.com,13800000001,,普通坐席,售前,5,,Passw0rd-1\n"
                + "200002,李四,小李,li-" + s + "@example.com,'+86 138,,质检员,,,li-" + s + ",Passw0rd-2\n";
        Api.Reply imported = api.postBytes("/api/v1/staff/import", "text/csv", goodCsv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(2, imported.body().get("created").asInt());
        JsonNode zhang = api.get("/api/v1/staff?employeeNo=200001").body().get("items").get(0);
        assertEquals("zhang-" + s + "@example.com", zhang.get("username").asText(), "login name defaults to the e-mail");
        assertEquals(5, zhang.get("ownCap").asInt());
        assertEquals("售前", zhang.get("skillGroupNames").get(0).asText());
        JsonNode li = api.get("/api/v1/staff?employeeNo=200002").body().get("items").get(0);
        assertEquals("SUPERVISOR", li.get("role").asText());
        assertEquals("+86 138", li.get("mobile").asText(), "the quote that keeps Excel from computing is removed");

        // the same file again: every row is now a duplicate
        Api.Reply again = api.postBytes("/api/v1/staff/import", "text/csv", goodCsv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, again.status());
        assertTrue(again.body().get("errors").toString().contains("is taken"), again.toString());

        // XLSX: the template (a real workbook) imports as it comes
        Api.Download template = api.download("/api/v1/staff/import-template?format=xlsx");
        assertEquals(200, template.status());
        assertTrue(template.contentType().startsWith("application/vnd.openxmlformats"), template.contentType());
        assertTrue(template.disposition().contains("staff-template.xlsx"), template.disposition());
        assertEquals('P', (char) template.body()[0], "a zip container");
        Api.Reply fromXlsx = api.postBytes("/api/v1/staff/import", "application/octet-stream", template.body());
        assertEquals(200, fromXlsx.status(), fromXlsx.toString());
        JsonNode example = api.get("/api/v1/staff?employeeNo=100010").body().get("items").get(0);
        assertEquals("小明", example.get("fullName").asText());
        assertEquals("13800138000", example.get("mobile").asText(), "a number cell reads as digits");

        Api.Download export = api.download("/api/v1/staff/export?format=csv");
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF工号,客服姓名"), csv);
        assertTrue(csv.contains("200002,李四,小李") && csv.contains("'+86 138"), csv);

        Api.Reply notASheet = api.postBytes("/api/v1/staff/import", "application/octet-stream", new byte[] {(byte) 0xD0,
                (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertEquals(422, notASheet.status());
        assertTrue(notASheet.body().get("errors").get(0).get("message").asText().contains(".xls"), notASheet.toString());
    }

    @Test
    void aRoutingSettingChangeDecidesTheNextConversation() {
        Api api = new Api(server, Api.newTenant(server, "rules").apiKey());
        long groupId = group(api, "售后");
        String s = UUID.randomUUID().toString().substring(0, 6);
        long agent = api.post("/api/v1/staff", person("rules-" + s, "1", "阿强", "q@example.com", List.of(groupId), null))
                .body().get("id").asLong();
        assertEquals(200, api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE")).status());

        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        settings.put("maxConcurrentPerAgent", 1);
        ((ObjectNode) settings.get("messages")).put("allBusy", "客服都在忙，前面还有 {num} 位");
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());

        JsonNode first = api.post("/api/v1/conversations", Map.of("visitorId", "v1-" + s, "channel", "WEB",
                "skillGroupId", groupId)).body();
        assertEquals("ASSIGNED", first.get("state").asText());
        JsonNode second = api.post("/api/v1/conversations", Map.of("visitorId", "v2-" + s, "channel", "WEB",
                "skillGroupId", groupId)).body();
        assertEquals("QUEUED", second.get("state").asText(), "the tenant cap of 1 applies at once");
        assertEquals("客服都在忙，前面还有 0 位",
                api.get("/api/v1/conversations/" + second.get("id").asLong() + "/messages").body().get(0).get("body").asText());

        JsonNode monitor = api.get("/api/v1/monitor").body();
        JsonNode line = monitor.get("groups").get(0);
        assertEquals(1, line.get("queued").asInt());
        assertEquals(1, line.get("agentsOnline").asInt());
        assertEquals(1, line.get("open").asInt());
        JsonNode agentLine = monitor.get("agents").get(0);
        assertEquals("ONLINE", agentLine.get("status").asText());
        assertEquals(1, agentLine.get("load").asInt());
        assertEquals(1, agentLine.get("cap").asInt());

        settings.put("maxConcurrentPerAgent", 2);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        assertEquals("ASSIGNED", api.get("/api/v1/conversations/" + second.get("id").asLong()).body().get("state").asText(),
                "a raised cap takes the waiting conversation at once");

        JsonNode change = api.get("/api/v1/audit?targetType=routing-settings").body().get("items").get(0);
        assertTrue(change.get("before").asText().contains("\"maxConcurrentPerAgent\":1"), change.toString());
        assertTrue(change.get("after").asText().contains("\"maxConcurrentPerAgent\":2"), change.toString());

        // sessions: current ones with the agent and wait, filters, and the export
        JsonNode open = api.get("/api/v1/sessions?state=open&channel=web&agentId=" + agent).body();
        assertEquals(2, open.get("total").asInt(), open.toString());
        assertTrue(open.path("totalCapped").isMissingNode(), "counted to the end: " + open);
        // a count can stop early: two sessions, counted up to one, say "1 and more"
        JsonNode capped = api.get("/api/v1/sessions?state=open&channel=web&agentId=" + agent + "&countUpTo=1").body();
        assertEquals(1, capped.get("total").asInt(), capped.toString());
        assertTrue(capped.get("totalCapped").asBoolean(), capped.toString());
        assertEquals(2, capped.get("items").size(), "the page itself is whole");
        assertEquals(400, api.get("/api/v1/sessions?countUpTo=0").status());
        assertEquals(400, api.get("/api/v1/sessions?countUpTo=10001").status());
        JsonNode newest = open.get("items").get(0);
        assertEquals("v2-" + s, newest.get("visitorId").asText(), "newest enquiry first");
        assertEquals("阿强客服", newest.get("agentName").asText());
        assertEquals("售后", newest.get("skillGroupName").asText());
        assertNotNull(newest.get("servedAt"));
        assertEquals(0, api.get("/api/v1/sessions?state=ended").body().get("total").asInt());
        assertEquals(0, api.get("/api/v1/sessions?channel=IM").body().get("total").asInt());
        assertEquals(1, api.get("/api/v1/sessions?visitor=v1-").body().get("total").asInt());
        assertEquals(400, api.get("/api/v1/sessions?from=yesterday").status());
        api.post("/api/v1/conversations/" + first.get("id").asLong() + "/close", Map.of("agentId", agent));
        assertEquals(1, api.get("/api/v1/sessions?state=ended").body().get("total").asInt());
        String csv = new String(api.download("/api/v1/sessions/export?state=ended").body(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].contains("咨询时间") && lines[1].contains("v1-" + s) && lines[1].contains("AGENT_CLOSED"), csv);
    }

    @Test
    void publicQuickRepliesImportAndExport() {
        Api api = new Api(server, Api.newTenant(server, "qr").apiKey());
        String bad = "分类,标题,内容\n售后,退货,请在订单页申请\n,,没有标题\n";
        Api.Reply refused = api.postBytes("/api/v1/quick-replies/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(3, refused.body().get("errors").get(0).get("row").asInt());
        assertEquals("标题", refused.body().get("errors").get(0).get("column").asText());
        assertEquals(0, api.get("/api/v1/quick-replies").body().get("total").asInt());

        String good = "分类,标题,内容\n售后,退货,请在订单页申请\n售后,换货,\"换货请联系我们, 谢谢\"\n,问候,您好\n";
        Api.Reply imported = api.postBytes("/api/v1/quick-replies/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(3, api.get("/api/v1/quick-replies").body().get("total").asInt());
        JsonNode categories = api.get("/api/v1/quick-replies/categories").body();
        assertEquals(1, categories.size(), "one category made once");
        assertEquals("售后", categories.get(0).get("name").asText());

        String exported = new String(api.download("/api/v1/quick-replies/export").body(), StandardCharsets.UTF_8);
        assertTrue(exported.contains("售后,换货,\"换货请联系我们, 谢谢\""), exported);
        Api.Download xlsx = api.download("/api/v1/quick-replies/export?format=xlsx");
        assertEquals(200, xlsx.status());
        assertEquals(400, api.download("/api/v1/quick-replies/export?format=pdf").status());
    }

    @Test
    void supervisorsSeeTheReadOnlyPagesOnly() {
        Browser supervisor = new Browser(server, "zh-CN");
        assertEquals(302, supervisor.login("supervisor", server.demoPassword()).statusCode());
        for (String page : List.of("/admin/", "/admin/monitor.xhtml", "/admin/sessions.xhtml")) {
            assertEquals(200, supervisor.get(page).statusCode(), page);
        }
        for (String page : List.of("/admin/agents.xhtml", "/admin/groups.xhtml", "/admin/settings.xhtml",
                "/admin/sites.xhtml", "/admin/replies.xhtml", "/admin/blacklist.xhtml", "/admin/words.xhtml",
                "/admin/audit.xhtml")) {
            assertEquals(403, supervisor.get(page).statusCode(), page);
        }
        String sessions = supervisor.get("/admin/sessions.xhtml").body();
        assertFalse(sessions.contains("nav-agents"), "the menu offers supervisors no admin page");

        Browser admin = new Browser(server, "zh-CN");
        assertEquals(302, admin.login("admin", server.demoPassword()).statusCode());
        assertEquals(200, admin.get("/admin/agents.xhtml").statusCode());
        assertTrue(admin.get("/admin/agents.xhtml").body().contains("客服管理"));
        assertTrue(admin.get("/admin/sessions.xhtml").body().contains("nav-agents"), "administrators have the whole menu");
    }
}
