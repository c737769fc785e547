package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
import static io.switchboard.it.WidgetPage.await;
import static io.switchboard.it.WidgetPage.lines;
import static io.switchboard.it.WidgetPage.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 18, item 23 in real Chromium: the agent's side tab 在线访客 lists a visitor who only browses the shop, with
 * the site and page; "发起会话" starts the chat — it opens in the middle pane, counts in the agent's load, and the
 * visitor's widget opens by itself with the agent's line. Screenshot {@code workbench-9-live-visitors}.
 */
@ExtendWith(SwitchboardServer.class)
class LiveVisitorsBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void anAgentStartsAChatWithAVisitorBrowsingTheShop() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "livebr").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        String username = "livebr-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小周", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Demo shop")).body().get("siteKey").asText();

        try (Chromium desk = new Chromium(1366, 768, "zh-CN"); Chromium visitor = new Chromium(1280, 800, "zh-CN")) {
            try {
                desk.driver.get(server.url("/agent/index.xhtml").toString());
                desk.driver.findElement(By.id("login:username")).sendKeys(username);
                desk.driver.findElement(By.id("login:password")).sendKeys(password);
                desk.driver.findElement(By.id("login:submit")).click();
                until(desk, d -> d.findElements(By.cssSelector("#connection.wb-online")).isEmpty() ? null : true);
                click(desk, By.cssSelector("button[data-status='ONLINE']"));
                until(desk, d -> "true".equals(d.findElement(By.cssSelector("button[data-status='ONLINE']"))
                        .getAttribute("aria-pressed")) ? true : null);

                visitor.driver.get(WidgetPage.hostPage(server, "live-shop.html", site));
                visible(visitor, ".entry");

                click(desk, By.xpath("//a[contains(@href,'tab-live')]"));
                String row = until(desk, d -> {
                    click(desk, By.id("wb:side:live-refresh"));
                    String t = text(desk, ".wb-live-visitor");
                    return t.contains("Demo shop") ? t : null;
                });
                assertTrue(row.contains("新访客") && row.contains("本次访问"), row);
                desk.screenshot("workbench-9-live-visitors");

                click(desk, By.cssSelector(".wb-live-visitor button"));
                await(visitor, w -> lines(w, "agent").contains("您好！有什么可以帮您的吗？") ? true : null);
                assertTrue(visible(visitor, ".panel").isDisplayed(), "the widget opened by itself");
                until(desk, d -> text(desk, "[id='wb:transcript']").contains("您好！有什么可以帮您的吗？") ? true : null);
                until(desk, d -> text(desk, ".wb-load").contains("1 / 10") ? true : null);
                assertEquals(1, api.get("/api/v1/conversations?state=ASSIGNED").body().path("items").size());
                until(desk, d -> {
                    click(desk, By.id("wb:side:live-refresh"));
                    return text(desk, ".wb-live-visitor").contains("会话中") ? true : null;
                });
                visitor.screenshot("widget-12-agent-started-live");
            } catch (RuntimeException | Error e) {
                desk.screenshot("live-failure-agent");
                visitor.screenshot("live-failure-visitor");
                throw e;
            }
        }
    }
}
