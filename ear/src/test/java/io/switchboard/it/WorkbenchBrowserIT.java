package io.switchboard.it;

import static io.switchboard.it.WidgetPage.await;
import static io.switchboard.it.WidgetPage.lines;
import static io.switchboard.it.WidgetPage.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The agent's day in real Chromium: sign in, go available, a visitor (a second browser on a customer's page)
 * starts a chat, the conversation pops up in the workbench without a reload, both write, the agent sees the
 * visitor typing, ends the chat, wraps up and continues receiving.
 */
@ExtendWith(SwitchboardServer.class)
class WorkbenchBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static <T> T until(Chromium browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Clicks once the element is there and not being re-rendered. */
    private static void click(Chromium browser, By by) {
        until(browser, d -> {
            WebElement e = d.findElement(by);
            if (!e.isDisplayed()) {
                return null;
            }
            e.click();
            return true;
        });
    }

    /** Read in one script: parts of the page are re-rendered at any moment, so no element is held on to. */
    private static String text(Chromium browser, String css) {
        Object text = ((JavascriptExecutor) browser.driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css);
        return String.valueOf(text);
    }

    private static List<String> transcript(WebDriver d, String who) {
        return d.findElements(By.cssSelector("[id='wb:transcript'] .wb-line.wb-from-" + who + " .wb-bubble")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    @Test
    void anAgentReceivesServesAndWrapsUpAConversationLive() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "wb").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "wb-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小王", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("wrapUp")).put("enabled", true).put("seconds", 120);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Demo shop")).body().get("siteKey").asText();

        try (Chromium desk = new Chromium(1366, 768, "zh-CN"); Chromium visitor = new Chromium(1280, 800, "zh-CN")) {
            try {
                serve(api, group, agent, username, password, site, desk, visitor);
            } catch (RuntimeException | Error e) {
                desk.screenshot("workbench-failure-agent");
                visitor.screenshot("workbench-failure-visitor");
                throw e;
            }
        }
    }

    private void serve(Api api, long group, long agent, String username, String password, String site, Chromium desk,
            Chromium visitor) throws Exception {
        {
            desk.driver.get(server.url("/agent/index.xhtml").toString());
            desk.driver.findElement(By.id("login:username")).sendKeys(username);
            desk.driver.findElement(By.id("login:password")).sendKeys(password);
            desk.driver.findElement(By.id("login:submit")).click();
            until(desk, d -> d.findElements(By.cssSelector("#connection.wb-online")).isEmpty() ? null : true);
            ((JavascriptExecutor) desk.driver).executeScript("window.__sameDocument = true");

            // 示闲: the seat is ONLINE, as the API shows
            assertEquals("示闲", text(desk, "button[data-status='ONLINE']"));
            click(desk, By.cssSelector("button[data-status='ONLINE']"));
            awaitStatus(api, agent, "ONLINE");
            until(desk, d -> "true".equals(d.findElement(By.cssSelector("button[data-status='ONLINE']")).getAttribute("aria-pressed")) ? true : null);
            assertTrue(text(desk, ".wb-load").contains("0 / 10"), text(desk, ".wb-load"));
            desk.screenshot("workbench-1-available");

            // a visitor writes from the customer's site; the offer appears in the workbench without a reload
            visitor.driver.get(WidgetPage.hostPage(server, "workbench.html", site));
            visible(visitor, ".entry").click();
            visible(visitor, ".picker .group[data-group='" + group + "']").click();
            WebElement input = visible(visitor, ".composer textarea");
            input.sendKeys("你好，我想退货");
            input.sendKeys(Keys.ENTER);
            until(desk, d -> text(desk, ".wb-list .wb-item:not(.wb-ended)").isEmpty() ? null : true);
            assertTrue(text(desk, ".wb-list .wb-item:not(.wb-ended)").contains("🌐"), text(desk, ".wb-list"));
            until(desk, d -> transcript(d, "visitor").contains("你好，我想退货") ? true : null);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) desk.driver).executeScript("return window.__sameDocument === true"),
                    "the page was never reloaded");
            assertTrue(text(desk, ".wb-load").contains("1 / 10"), text(desk, ".wb-load"));
            assertTrue(text(desk, "#visitor-device").contains("Linux"), "visitor panel: " + text(desk, ".wb-visitor"));
            assertTrue(text(desk, "#trail").contains("Demo shop"), text(desk, "#trail"));

            // the visitor's draft shows while typing (CH-9)
            WebElement visitorInput = visible(visitor, ".composer textarea");
            visitorInput.sendKeys("订单号是 2026");
            until(desk, d -> text(desk, "#typing").contains("订单号是 2026") ? true : null);

            // the agent answers with Enter; the visitor sees it; the visitor's next line arrives live
            WebElement draft = until(desk, d -> d.findElement(By.id("wb:draft")));
            draft.sendKeys("您好，请提供订单号");
            draft.sendKeys(Keys.ENTER);
            await(visitor, w -> lines(w, "agent").contains("您好，请提供订单号") ? true : null);
            visitorInput = visible(visitor, ".composer textarea");
            visitorInput.sendKeys(Keys.ENTER);
            until(desk, d -> transcript(d, "visitor").contains("订单号是 2026") ? true : null);
            until(desk, d -> transcript(d, "agent").contains("您好，请提供订单号") ? true : null);
            Object overflow = ((JavascriptExecutor) desk.driver).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(Boolean.FALSE, overflow, "no horizontal scrolling at 1366x768");
            desk.screenshot("workbench-2-chat");

            // end (with confirmation): the chat moves to "recent", the seat wraps up, "continue" makes it available
            click(desk, By.id("wb:end"));
            click(desk, By.cssSelector(".ui-confirmdialog-yes"));
            until(desk, d -> d.findElements(By.cssSelector(".wb-list .wb-item.wb-ended")).isEmpty() ? null : true);
            awaitStatus(api, agent, "WRAP_UP");
            until(desk, d -> d.findElements(By.id("wb:continue")).isEmpty() ? null : true);
            long left = Long.parseLong(text(desk, ".wb-countdown").trim());
            assertTrue(left > 100 && left <= 120, "wrap-up countdown: " + left);
            desk.screenshot("workbench-3-wrap-up");
            click(desk, By.id("wb:continue"));
            awaitStatus(api, agent, "ONLINE");
            until(desk, d -> d.findElements(By.id("wb:continue")).isEmpty() ? true : null);
            desk.screenshot("workbench-4-available-again");
        }
    }

    private static void awaitStatus(Api api, long agent, String status) throws InterruptedException {
        Poll.until(Duration.ofSeconds(10), "agent " + agent + " " + status,
                () -> status.equals(api.get("/api/v1/agents/" + agent).body().get("status").asText()) ? true : null);
    }
}
