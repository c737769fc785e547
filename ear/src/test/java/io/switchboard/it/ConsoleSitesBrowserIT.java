package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.js;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.type;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 网站接入 in the console (issue 18, item 13): the console refuses what the API refuses, beside the field (a colour
 * that is not one, a site without a name), and saves nothing then; a site is deleted after a confirmation, refused
 * while a chat that came through it is open, and its key stops working.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleSitesBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void theConsoleRefusesWhatTheApiRefusesAndDeletesASiteWhenNoChatIsOpen() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "sites");
        Api api = new Api(server, tenant.apiKey());
        JsonNode created = api.post("/api/v1/widget-sites", Map.of("name", "活动页")).body();
        long id = created.get("id").asLong();
        String key = created.get("siteKey").asText();
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "sites-" + suffix, "displayName", "小周",
                "password", "Pw-" + UUID.randomUUID())).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));

        try (Chromium admin = new Chromium(1366, 768, "zh-CN")) {
            try {
                run(admin, tenant, api, id, key, group, agent);
            } catch (RuntimeException | Error e) {
                admin.screenshot("console-sites-failure");
                throw e;
            }
        }
    }

    private void run(Chromium admin, Api.Tenant tenant, Api api, long id, String key, long group, long agent)
            throws Exception {
        ConsolePage.login(admin, server, "/admin/sites.xhtml", tenant.adminUsername(), tenant.adminPassword());
        click(admin, By.id("list:sites:0:open"));

        // a colour that is not one: refused beside the field, nothing saved
        type(admin, "site:tabs:button-color", "red-ish");
        click(admin, By.id("site:save"));
        String beside = until(admin, d -> {
            String t = text(admin, "[id='site:tabs:button-color'] ~ .ui-message, [id='site:tabs:button-color'] + .ui-message");
            return t.isBlank() ? null : t;
        });
        assertEquals("须为颜色值，例如 #1677ff", beside.strip());
        assertFalse(text(admin, "[id='growl_container']").contains("已保存"), "not reported as saved");
        assertEquals("#1677ff", api.get("/api/v1/widget-sites/" + id).body().get("settings").get("button").get("color").asText());

        // no name: refused beside the name
        type(admin, "site:tabs:button-color", "#ff6600");
        type(admin, "site:name", " ");
        click(admin, By.id("site:save"));
        assertEquals("必填", until(admin, d -> {
            String t = text(admin, "[id='site:name'] + .ui-message");
            return t.isBlank() ? null : t.strip();
        }));
        assertEquals("活动页", api.get("/api/v1/widget-sites/" + id).body().get("name").asText());
        type(admin, "site:name", "活动页 2");
        click(admin, By.id("site:save"));
        until(admin, d -> "活动页 2".equals(api.get("/api/v1/widget-sites/" + id).body().get("name").asText()) ? true : null);
        assertEquals("#ff6600", api.get("/api/v1/widget-sites/" + id).body().get("settings").get("button").get("color").asText());

        // item 5: the English side of the site's texts, beside the Chinese one, served to English pages
        click(admin, By.xpath("//a[contains(@href,'site:tabs:tab-english')]"));
        assertTrue(text(admin, "[id='site:tabs:tab-english']").contains("中文：在线客服"));
        type(admin, "site:tabs:en-button-text", "Talk to us right now, please");
        click(admin, By.id("site:save"));
        assertEquals("长度或数量须在 0 到 20 之间", until(admin, d -> {
            String t = text(admin, "[id='site:tabs:en-button-text'] ~ .ui-message");
            return t.isBlank() ? null : t.strip();
        }), "beside the English field, with the Chinese field's limit");
        type(admin, "site:tabs:en-button-text", "Talk to us");
        click(admin, By.id("site:save"));
        until(admin, d -> "Talk to us".equals(new Api(server, null).get("/api/widget/" + key + "/config?lang=en").body()
                .get("settings").get("button").get("text").asText()) ? true : null);
        assertEquals("在线客服", new Api(server, null).get("/api/widget/" + key + "/config?lang=zh").body()
                .get("settings").get("button").get("text").asText());
        admin.screenshot("console-sites-english-zh");

        // a chat that came through the site is open: the delete is refused with the reason
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, key, "sites-v-" + UUID.randomUUID(), 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"s1\",\"text\":\"你好\",\"skillGroupId\":" + group + "}", true);
        long conversation = frames.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        click(admin, By.id("list:sites:0:delete"));
        click(admin, By.id("confirm:confirm-yes"));
        String refused = until(admin, d -> {
            String t = text(admin, "[id='growl_container']");
            return t.contains("进行中的会话") ? t : null;
        });
        assertTrue(refused.contains("该网站还有 1 个进行中的会话"), "said in the console's language: " + refused);
        assertEquals(200, api.get("/api/v1/widget-sites/" + id).status(), "still there");
        admin.screenshot("console-sites-delete-refused");

        // ended: deleted after the confirmation; the key stops working
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", agent)).status());
        socket.abort();
        click(admin, By.id("list:sites:0:delete"));
        click(admin, By.id("confirm:confirm-yes"));
        until(admin, d -> text(admin, "[id='list:sites']").contains("活动页") ? null : true);
        assertEquals(404, api.get("/api/v1/widget-sites/" + id).status());
        assertEquals(404, new Api(server, null).get("/api/widget/" + key + "/config").status());
        JsonNode audit = api.get("/api/v1/audit?targetType=widget-site").body();
        assertTrue(audit.toString().contains("widget-site.delete"), audit.toString());
    }

}
