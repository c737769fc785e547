package io.switchboard.it;

import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
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
 * visitor typing and answers with a quick reply ("/"), then transfers to a second agent (a third browser) who
 * accepts, asks the visitor to rate, writes the required service summary, ends, wraps up and continues
 * receiving; the conversation is in the second agent's "my records" with its transcript.
 */
@ExtendWith(SwitchboardServer.class)
class WorkbenchBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

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
        String username2 = "wb-agent2-" + suffix;
        long agent2 = api.post("/api/v1/agents", Map.of("username", username2, "displayName", "小李", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent, "priority", 1),
                Map.of("agentId", agent2, "priority", 2)));
        assertEquals(200, api.put("/api/v1/desk-settings", Map.of("summaryRequired", true,
                "summaryCategories", List.of("咨询", "退货"))).status());
        assertEquals(201, api.post("/api/v1/quick-replies", Map.of("title", "退货流程",
                "body", "请在订单页点击“申请售后”，我们会在 24 小时内审核。")).status());
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("wrapUp")).put("enabled", true).put("seconds", 120);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Demo shop")).body().get("siteKey").asText();

        try (Chromium desk = new Chromium(1366, 768, "zh-CN"); Chromium visitor = new Chromium(1280, 800, "zh-CN");
                Chromium desk2 = new Chromium(1366, 768, "zh-CN")) {
            try {
                serve(api, group, agent, agent2, username, username2, password, site, desk, desk2, visitor);
            } catch (RuntimeException | Error e) {
                desk.screenshot("workbench-failure-agent");
                desk2.screenshot("workbench-failure-agent2");
                visitor.screenshot("workbench-failure-visitor");
                throw e;
            }
        }
    }

    private void login(Chromium desk, String username, String password) {
        desk.driver.get(server.url("/agent/index.xhtml").toString());
        desk.driver.findElement(By.id("login:username")).sendKeys(username);
        desk.driver.findElement(By.id("login:password")).sendKeys(password);
        desk.driver.findElement(By.id("login:submit")).click();
        until(desk, d -> d.findElements(By.cssSelector("#connection.wb-online")).isEmpty() ? null : true);
    }

    /**
     * Picks an option of a PrimeFaces select menu by the start of its label, through the menu's own widget (a
     * click on the animated overlay list is easily lost), and waits until the menu shows it.
     */
    private static void choose(Chromium browser, String widgetVar, String menuId, String label) {
        until(browser, d -> {
            if (text(browser, "[id='" + menuId + "_label']").startsWith(label)) {
                return true;
            }
            ((JavascriptExecutor) d).executeScript("var options = document.getElementById(arguments[1] + '_input').options;"
                    + "for (var i = 0; i < options.length; i++) {"
                    + "  if (options[i].text.indexOf(arguments[2]) === 0) { PF(arguments[0]).selectValue(options[i].value); }"
                    + "}", widgetVar, menuId, label);
            return null;
        });
    }

    private void serve(Api api, long group, long agent, long agent2, String username, String username2, String password,
            String site, Chromium desk, Chromium desk2, Chromium visitor) throws Exception {
        {
            login(desk, username, password);
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
            // the visitor's next line is appended to the open chat in the page: the transcript element that was
            // there before it is still there (a postback would have re-rendered it)
            until(desk, d -> transcript(d, "agent").contains("您好，请提供订单号")
                    && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()"))
                    ? true : null);
            ((JavascriptExecutor) desk.driver).executeScript("document.getElementById('wb:transcript').__kept = true");
            visitorInput = visible(visitor, ".composer textarea");
            visitorInput.sendKeys(Keys.ENTER);
            until(desk, d -> transcript(d, "visitor").contains("订单号是 2026") ? true : null);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) desk.driver).executeScript(
                    "return document.getElementById('wb:transcript').__kept === true"),
                    "the line was appended in the page, not by a re-render of the chat");
            assertTrue(text(desk, "[id='wb:transcript'] .wb-line:last-child .wb-meta").matches("\\d{2}:\\d{2}:\\d{2}.*"),
                    "the appended line has its time: " + text(desk, "[id='wb:transcript'] .wb-line:last-child .wb-meta"));
            until(desk, d -> transcript(d, "agent").contains("您好，请提供订单号") ? true : null);
            Object overflow = ((JavascriptExecutor) desk.driver).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(Boolean.FALSE, overflow, "no horizontal scrolling at 1366x768");
            desk.screenshot("workbench-2-chat");

            // a quick reply: "/" and part of its title opens the list, Enter puts the text in, Enter sends it
            draft = until(desk, d -> d.findElement(By.id("wb:draft")));
            draft.sendKeys("/退货");
            until(desk, d -> text(desk, "#qr-popup").contains("退货流程") ? true : null);
            desk.screenshot("workbench-5-quick-reply");
            draft.sendKeys(Keys.ENTER);
            assertEquals("请在订单页点击“申请售后”，我们会在 24 小时内审核。",
                    ((JavascriptExecutor) desk.driver).executeScript("return document.getElementById('wb:draft').value"));
            draft.sendKeys(Keys.ENTER);
            await(visitor, w -> lines(w, "agent").contains("请在订单页点击“申请售后”，我们会在 24 小时内审核。") ? true : null);

            // an image from the agent: posted, shown in the workbench through the login-protected file servlet and
            // in the widget
            java.nio.file.Path png = java.nio.file.Files.createTempFile("agent-photo", ".png");
            java.nio.file.Files.write(png, WidgetBrowserIT.picture());
            // the page may re-render the form (a pushed line) between finding the input and typing into it: find again
            until(desk, d -> {
                try {
                    d.findElement(By.id("file")).sendKeys(png.toAbsolutePath().toString());
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return null;
                }
            });
            until(desk, d -> {
                Object width = ((JavascriptExecutor) d).executeScript(
                        "var i = document.querySelector(\"[id='wb:transcript'] img.wb-image\"); return i ? i.naturalWidth : 0");
                return width instanceof Number n && n.intValue() == 160 ? true : null;
            });
            await(visitor, w -> w.findElements(By.cssSelector(".line.agent img.picture")).isEmpty() ? null : true);

            // a line in another chat changes only that chat's unread badge: the list is not re-rendered for it
            String im = "wx-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", im, "clientMessageId", im + "-1",
                    "text", "另一位客户", "skillGroupId", group)).status());
            until(desk, d -> d.findElements(By.cssSelector(".wb-list .wb-item:not(.wb-ended)")).size() == 2
                    && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()"))
                    ? true : null);
            long other = Poll.until(Duration.ofSeconds(10), "IM conversation", () -> {
                Api.Reply r = api.get("/api/v1/im/visitors/" + im + "/conversation");
                return r.status() == 200 ? r.body().get("conversation").get("id").asLong() : null;
            });
            ((JavascriptExecutor) desk.driver).executeScript("document.getElementById('wb:list').__kept = true");
            api.post("/api/v1/im/messages", Map.of("senderId", im, "clientMessageId", im + "-2", "text", "还在吗"));
            api.post("/api/v1/im/messages", Map.of("senderId", im, "clientMessageId", im + "-3", "text", "在等回复"));
            String badge = ".wb-item[data-conversation='" + other + "'] .wb-unread";
            until(desk, d -> "2".equals(text(desk, badge).trim()) ? true : null);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) desk.driver).executeScript(
                    "return document.getElementById('wb:list').__kept === true"), "the badge changed in the page");
            assertTrue(transcript(desk.driver, "visitor").contains("你好，我想退货"), "the open chat stays open");
            assertEquals(200, api.post("/api/v1/conversations/" + other + "/close", Map.of()).status());
            until(desk, d -> d.findElements(By.cssSelector(".wb-list .wb-item:not(.wb-ended)")).size() == 1 ? true : null);

            // the second agent comes online; the first transfers with a note; the second sees the offer and accepts
            login(desk2, username2, password);
            click(desk2, By.cssSelector("button[data-status='ONLINE']"));
            awaitStatus(api, agent2, "ONLINE");
            click(desk, By.id("wb:transfer"));
            choose(desk, "transferAgentMenu", "wb:transfer-agent", "小李");
            until(desk, d -> d.findElement(By.id("wb:transfer-note"))).sendKeys("客户要退货，流程已发");
            click(desk, By.id("wb:transfer-send"));
            until(desk2, d -> text(desk2, "[id='wb:offer-note']").contains("客户要退货，流程已发") ? true : null);
            assertTrue(text(desk2, ".wb-list").contains("转接"), text(desk2, ".wb-list"));
            desk2.screenshot("workbench-6-transfer-offer");
            click(desk2, By.id("wb:accept"));
            until(desk2, d -> d.findElements(By.id("wb:draft")).isEmpty() ? null : true);
            await(visitor, w -> lines(w, "system").stream().anyMatch(l -> l.contains("已为您转接坐席小李")) ? true : null);
            until(desk, d -> text(desk, ".wb-list .wb-item:not(.wb-ended)").isEmpty() ? true : null);
            awaitStatus(api, agent, "ONLINE");
            // the giver's pane moves on (not someone else's chat without buttons); the chat is in 最近会话 as transferred
            until(desk, d -> text(desk, ".wb-list .wb-ended").contains("已转出") ? true : null);
            until(desk, d -> d.findElements(By.cssSelector(".wb-placeholder")).isEmpty() ? null : true);
            // and the giver's next chat opens by itself
            assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "after-transfer", "clientMessageId",
                    "after-transfer-1", "text", "还有一个问题", "skillGroupId", group)).status());
            until(desk, d -> text(desk, "[id='wb:chat']").contains("还有一个问题") ? true : null);
            assertTrue(transcript(desk2.driver, "visitor").contains("你好，我想退货"), "the receiver sees the whole chat");
            WebElement draft2 = until(desk2, d -> d.findElement(By.id("wb:draft")));
            draft2.sendKeys("您好，我是小李，接着为您处理");
            draft2.sendKeys(Keys.ENTER);
            await(visitor, w -> lines(w, "agent").contains("您好，我是小李，接着为您处理") ? true : null);

            // invite rating: the visitor's widget shows the stars at once and the rating is stored
            click(desk2, By.id("wb:invite-rating"));
            visible(visitor, ".rating .star[data-score='5']").click();
            WidgetPage.widget(visitor).findElement(By.cssSelector(".rating .submit-rating")).click();
            await(visitor, w -> lines(w, "system").stream().anyMatch(l -> l.contains("感谢您的评价")) ? true : null);
            Poll.until(Duration.ofSeconds(10), "rating stored",
                    () -> api.get("/api/v1/ratings").body().get("total").asLong() == 1 ? true : null);

            // ending needs the summary (the admin requires it): refused with a message, then written, then ended
            click(desk2, By.id("wb:end"));
            click(desk2, By.cssSelector(".ui-confirmdialog-yes"));
            until(desk2, d -> text(desk2, ".ui-growl").contains("请先填写服务小结") ? true : null);
            click(desk2, By.id("wb:summary"));
            choose(desk2, "summaryCategoryMenu", "wb:summary-category", "退货");
            until(desk2, d -> d.findElement(By.id("wb:summary-note"))).sendKeys("已发退货流程，等待客户申请");
            until(desk2, d -> d.findElement(By.id("wb:summary-tags"))).sendKeys("VIP, 退货");
            desk2.screenshot("workbench-7-summary");
            click(desk2, By.id("wb:summary-save"));
            until(desk2, d -> text(desk2, "[id='wb:summary']").contains("✓") ? true : null);
            click(desk2, By.id("wb:end"));
            click(desk2, By.cssSelector(".ui-confirmdialog-yes"));
            until(desk2, d -> d.findElements(By.cssSelector(".wb-list .wb-item.wb-ended")).isEmpty() ? null : true);
            awaitStatus(api, agent2, "WRAP_UP");
            until(desk2, d -> d.findElements(By.id("wb:continue")).isEmpty() ? null : true);
            long left = Long.parseLong(text(desk2, ".wb-countdown").trim());
            assertTrue(left > 100 && left <= 120, "wrap-up countdown: " + left);
            desk2.screenshot("workbench-3-wrap-up");
            click(desk2, By.id("wb:continue"));
            awaitStatus(api, agent2, "ONLINE");
            until(desk2, d -> d.findElements(By.id("wb:continue")).isEmpty() ? true : null);

            // my records: found by a word of the chat, with its transcript and summary
            click(desk2, By.id("wb:records-link"));
            until(desk2, d -> d.findElement(By.id("rc:q"))).sendKeys("退货");
            click(desk2, By.id("rc:search"));
            until(desk2, d -> d.findElements(By.cssSelector(".rc-open")).size() == 1 ? true : null);
            click(desk2, By.cssSelector(".rc-open"));
            until(desk2, d -> text(desk2, "#detail-transcript").contains("您好，我是小李，接着为您处理") ? true : null);
            assertTrue(text(desk2, "#detail-transcript").contains("你好，我想退货"), text(desk2, "#detail-transcript"));
            assertTrue(text(desk2, "[id='rc:detail']").contains("已发退货流程"), text(desk2, "[id='rc:detail']"));
            desk2.screenshot("workbench-8-records");
        }
    }

    private static void awaitStatus(Api api, long agent, String status) throws InterruptedException {
        Poll.until(Duration.ofSeconds(10), "agent " + agent + " " + status,
                () -> status.equals(api.get("/api/v1/agents/" + agent).body().get("status").asText()) ? true : null);
    }
}
