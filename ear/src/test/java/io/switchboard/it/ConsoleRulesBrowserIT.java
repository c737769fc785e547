package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.idle;
import static io.switchboard.it.ConsolePage.js;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The routing rules page and the work-hours pickers (issue 18, item 14) in real Chromium: rules are added, reordered
 * and saved in order (a rule without its value is refused, naming it); the calendar's zone is picked from a list and a
 * segment's overflow groups by name, in the order picked.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleRulesBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void rulesAreEditedInOrderAndWorkHoursPickGroupsAndZonesFromLists() {
        Api.Tenant tenant = Api.newTenant(server, "rules-ui");
        Api api = new Api(server, tenant.apiKey());
        long presales = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        long overflow = api.post("/api/v1/skill-groups", Map.of("name", "溢出支援")).body().get("id").asLong();
        flow = api.post("/api/v1/flows", Map.of("name", "会员接待")).body().get("flow").get("id").asLong();
        try (Chromium admin = new Chromium(1366, 768, "zh-CN")) {
            try {
                run(admin, tenant, api, presales, overflow);
            } catch (RuntimeException | Error e) {
                admin.screenshot("console-rules-failure");
                throw e;
            }
        }
    }

    private long flow;

    private void run(Chromium admin, Api.Tenant tenant, Api api, long presales, long overflow) {
        ConsolePage.login(admin, server, "/admin/rules.xhtml", tenant.adminUsername(), tenant.adminPassword());
        until(admin, d -> text(admin, "[id='rules:table']").contains("暂无规则") ? true : null);

        // an entry rule to the overflow group, then "everything else" to pre-sales
        click(admin, By.id("rules:add"));
        until(admin, d -> d.findElements(By.id("rules:table:0:match")).isEmpty() ? null : true);
        ConsolePage.select(admin, "rules:table:0:match", "入口");
        until(admin, d -> d.findElements(By.id("rules:table:0:value")).isEmpty() ? null : true);
        admin.driver.findElement(By.id("rules:table:0:value")).sendKeys("after-sales");
        ConsolePage.select(admin, "rules:table:0:group", "溢出支援");
        click(admin, By.id("rules:add"));
        until(admin, d -> d.findElements(By.id("rules:table:1:match")).isEmpty() ? null : true);
        ConsolePage.select(admin, "rules:table:1:match", "其他所有会话");
        ConsolePage.select(admin, "rules:table:1:group", "售前咨询");
        idle(admin);
        click(admin, By.id("rules:save"));
        until(admin, d -> rules(api).size() == 2 ? true : null);
        assertEquals(List.of("ENTRY after-sales " + overflow, "DEFAULT null " + presales), rules(api));
        admin.screenshot("console-rules-zh");

        // the arrow moves "everything else" first; saved in that order
        idle(admin);
        click(admin, By.id("rules:table:1:up"));
        until(admin, d -> text(admin, "[id='rules:table'] tbody tr:first-child").contains("其他所有会话") ? true : null);
        idle(admin);
        click(admin, By.id("rules:save"));
        until(admin, d -> rules(api).get(0).startsWith("DEFAULT") ? true : null);
        assertEquals(List.of("DEFAULT null " + presales, "ENTRY after-sales " + overflow), rules(api));

        // the entry rule goes to the bot, which runs a flow picked from the tenant's flows
        ConsolePage.select(admin, "rules:table:1:target", "机器人");
        until(admin, d -> d.findElements(By.id("rules:table:1:flow")).isEmpty() ? null : true);
        ConsolePage.select(admin, "rules:table:1:flow", "会员接待");
        idle(admin);
        click(admin, By.id("rules:save"));
        until(admin, d -> "BOT".equals(api.get("/api/v1/routing-settings").body().get("rules").get(1).get("target")
                .asText()) ? true : null);
        assertEquals(flow, api.get("/api/v1/routing-settings").body().get("rules").get(1).get("flowId").asLong());

        // a rule without its value is refused, naming it; nothing is saved
        click(admin, By.id("rules:add"));
        until(admin, d -> d.findElements(By.id("rules:table:2:match")).isEmpty() ? null : true);
        ConsolePage.select(admin, "rules:table:2:match", "关联（网站、应用）");
        until(admin, d -> d.findElements(By.id("rules:table:2:value")).isEmpty() ? null : true);
        idle(admin);
        click(admin, By.id("rules:save"));
        until(admin, d -> text(admin, ".ui-growl").contains("第 3 条规则：请填写匹配值") ? true : null);
        assertEquals(2, rules(api).size());

        // work hours: the zone from the list, the overflow groups by name in the order picked
        admin.driver.get(server.url("/admin/settings.xhtml").toString());
        click(admin, By.xpath("//a[contains(@href,'tab-hours')]"));
        js(admin, "PrimeFaces.getWidgetById(arguments[0]).selectValue('Europe/Berlin')", "settings:tabs:zone");
        click(admin, By.id("settings:tabs:add-segment"));
        String picker = "settings:tabs:segments:1:seg-groups";
        pick(admin, picker, "溢出");
        pick(admin, picker, "售前");
        click(admin, By.id("settings:save"));
        until(admin, d -> "Europe/Berlin".equals(api.get("/api/v1/routing-settings").body().get("workHours")
                .get("schedule").get("zone").asText()) ? true : null);
        JsonNode segment = api.get("/api/v1/routing-settings").body().get("workHours").get("schedule").get("segments")
                .get(1);
        assertEquals(List.of(overflow, presales), List.of(segment.get("skillGroupIds").get(0).asLong(),
                segment.get("skillGroupIds").get(1).asLong()), segment.toString());
        assertEquals(2, rules(api).size(), "saving the settings page keeps the rules");
        admin.screenshot("console-work-hours-zh");
    }

    /** Types part of a group's name into the overflow picker and takes the suggestion. */
    private static void pick(Chromium admin, String picker, String name) {
        idle(admin);
        until(admin, d -> {
            WebElement box = d.findElement(By.id(picker));
            box.findElement(By.cssSelector("ul")).click(); // the chips box: focuses its input
            d.findElement(By.id(picker + "_input")).sendKeys(name);
            return true;
        });
        // the suggestions are redrawn as the search answers: find and click in one step, again if it went stale
        until(admin, d -> {
            WebElement item = d.findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(name)).findFirst().orElse(null);
            if (item == null) {
                return null;
            }
            item.click();
            return true;
        });
        until(admin, d -> text(admin, "[id='" + picker + "']").contains(name) ? true : null);
    }

    private static List<String> rules(Api api) {
        List<String> rules = new ArrayList<>();
        api.get("/api/v1/routing-settings").body().get("rules").forEach(r -> rules.add(r.get("match").asText() + " "
                + (r.hasNonNull("value") ? r.get("value").asText() : "null") + " " + r.path("skillGroupId").asText()));
        return rules;
    }

}
