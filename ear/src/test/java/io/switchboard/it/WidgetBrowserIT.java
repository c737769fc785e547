package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import static io.switchboard.it.WidgetPage.await;
import static io.switchboard.it.WidgetPage.lines;
import static io.switchboard.it.WidgetPage.statusText;
import static io.switchboard.it.WidgetPage.visible;
import static io.switchboard.it.WidgetPage.widget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web widget in real headless Chromium, embedded with its one-line snippet in a page of another origin (as on
 * a customer's website): invitation, skill-group picker, live queue place, text and image both ways, the agent's
 * reply, the end and the 5-star rating; a phone-sized screen; leave-a-message when nobody is online. The agent side
 * is the partner API. Screenshots go to {@code ear/target/screenshots/widget-*.png}.
 */
@ExtendWith(SwitchboardServer.class)
class WidgetBrowserIT {

    /** A 160x100 picture as PNG: orange with a blue bar, so it is easy to spot in a screenshot. */
    static byte[] picture() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(160, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xF5, 0xA6, 0x23));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new java.awt.Color(0x16, 0x77, 0xFF));
        g.fillRect(0, 40, 160, 20);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Setup(Api api, long group, long otherGroup, long agent, String siteKey, long siteId) {
    }

    private Setup tenantWithOneAgent(String prefix, boolean agentOnline) {
        Api.Tenant tenant = Api.newTenant(server, prefix);
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        long other = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", prefix + "-agent-" + suffix, "displayName", "小王",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        if (agentOnline) {
            api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        }
        JsonNode site = api.post("/api/v1/widget-sites", Map.of("name", "Demo shop")).body();
        return new Setup(api, group, other, agent, site.get("siteKey").asText(), site.get("id").asLong());
    }

    /** The site's settings with the invitation after 1 s instead of 5, so the test need not wait. */
    private void quickInvitation(Setup s) {
        JsonNode site = s.api().get("/api/v1/widget-sites/" + s.siteId()).body();
        ObjectNode settings = (ObjectNode) site.get("settings");
        ((ObjectNode) settings.get("invitation")).put("delaySeconds", 1);
        ((ObjectNode) settings.get("info")).put("companyName", "示例商城");
        Api.Reply saved = s.api().put("/api/v1/widget-sites/" + s.siteId(), Map.of("name", "Demo shop", "settings", settings));
        assertEquals(200, saved.status(), saved.toString());
    }

    private String hostPage(String name, String siteKey) {
        return WidgetPage.hostPage(server, name, siteKey);
    }

    @Test
    void visitorPicksAGroupWaitsInTheQueueChatsWithTextAndImageAndRatesTheService() throws Exception {
        Setup s = tenantWithOneAgent("wgt", true);
        quickInvitation(s);
        // the agent can serve one visitor at a time and already serves one (an IM visitor): the web visitor queues
        s.api().put("/api/v1/agents/" + s.agent() + "/cap", Map.of("maxConcurrent", 1));
        assertEquals(202, s.api().post("/api/v1/im/messages", Map.of("senderId", "im-first", "clientMessageId",
                "im-first-" + s.siteKey(), "text", "我先来的", "skillGroupId", s.group())).status());
        long first = awaitConversation(s.api(), "ASSIGNED", 1);

        try (Chromium browser = new Chromium(1280, 800, "zh-CN")) {
            browser.driver.get(hostPage("shop.html", s.siteKey()));

            // the invitation pops up by itself; "现在咨询" opens the chat window with the group picker
            WebElement accept = visible(browser, ".invite .accept");
            assertEquals("现在咨询", accept.getText());
            assertTrue(widget(browser).findElement(By.cssSelector(".invite p")).getText().contains("欢迎来到本网站"));
            browser.screenshot("widget-1-invitation");
            accept.click();
            WebElement pick = visible(browser, ".picker .group[data-group='" + s.group() + "']");
            assertTrue(pick.getText().contains("售前咨询") && pick.getText().contains("1 人在线"), pick.getText());
            assertTrue(widget(browser).findElement(By.cssSelector(".picker .group[data-group='" + s.otherGroup() + "']"))
                    .getText().contains("无人在线"));
            browser.screenshot("widget-2-picker");
            pick.click();

            // the first message queues the visitor behind the IM visitor: the place is shown live
            WebElement input = visible(browser, ".composer textarea");
            input.sendKeys("你好，我想咨询一下发货时间");
            input.sendKeys(Keys.ENTER);
            await(browser, w -> lines(w, "visitor").contains("你好，我想咨询一下发货时间") ? true : null);
            await(browser, w -> statusText(browser).contains("您是第 1 位") ? true : null);
            assertTrue(statusText(browser).contains("前面还有 0 人"), statusText(browser));
            browser.screenshot("widget-3-queued");

            // the agent ends the first conversation: the web visitor is served next, without reloading
            assertEquals(200, s.api().post("/api/v1/conversations/" + first + "/close", Map.of("agentId", s.agent())).status());
            await(browser, w -> statusText(browser).contains("客服 小王 正在为您服务") ? true : null);
            long web = awaitConversation(s.api(), "ASSIGNED", 1);

            // an image: uploaded, sent, stored with its sniffed type, shown in the chat
            Path png = Files.createTempFile("photo", ".png");
            Files.write(png, picture());
            widget(browser).findElement(By.cssSelector("input[type=file]")).sendKeys(png.toAbsolutePath().toString());
            WebElement picture = await(browser, w -> {
                WebElement img = w.findElement(By.cssSelector(".line.visitor img.picture"));
                Object width = ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth", img);
                return width instanceof Number n && n.intValue() == 160 ? img : null;
            });
            assertTrue(picture.getAttribute("src").contains("/api/widget/" + s.siteKey() + "/files/"));
            JsonNode transcript = s.api().get("/api/v1/conversations/" + web + "/messages").body();
            JsonNode image = null;
            for (JsonNode m : transcript) {
                if (m.hasNonNull("attachment")) {
                    image = m.get("attachment");
                }
            }
            assertTrue(image != null, "the image is in the transcript: " + transcript);
            assertEquals("image/png", image.get("contentType").asText());
            assertTrue(image.get("image").asBoolean());

            // the agent's reply, including markup, arrives live and is shown as text
            String reply = "您好！<b>今天</b>下单，明天发货 <img src=x onerror=alert(1)>";
            assertEquals(200, s.api().post("/api/v1/conversations/" + web + "/messages",
                    Map.of("agentId", s.agent(), "text", reply)).status());
            await(browser, w -> lines(w, "agent").contains(reply) ? true : null);
            assertTrue(widget(browser).findElements(By.cssSelector(".line.agent .bubble b, .line.agent .bubble img")).isEmpty(),
                    "agent text is never interpreted as HTML");
            String hostColour = (String) ((JavascriptExecutor) browser.driver).executeScript(
                    "return getComputedStyle(document.querySelector('#switchboard-widget').shadowRoot"
                            + ".querySelector('.line.agent .bubble')).color");
            assertFalse("rgb(255, 0, 0)".equals(hostColour), "the host page's .bubble style does not leak in");
            browser.screenshot("widget-4-chat");

            // the agent ends the service: the rating form appears; 4 stars and a comment are stored
            assertEquals(200, s.api().post("/api/v1/conversations/" + web + "/close", Map.of("agentId", s.agent())).status());
            visible(browser, ".rating .star[data-score='4']").click();
            widget(browser).findElement(By.cssSelector(".rating textarea")).sendKeys("很快，谢谢");
            browser.screenshot("widget-5-rating");
            widget(browser).findElement(By.cssSelector(".rating .submit-rating")).click();
            await(browser, w -> w.findElements(By.cssSelector(".line.system[data-code='rated']")).isEmpty() ? null : true);
            JsonNode ratings = s.api().get("/api/v1/ratings").body();
            assertEquals(1, ratings.get("total").asLong(), ratings.toString());
            assertEquals(web, ratings.get("items").get(0).get("conversationId").asLong());
            assertEquals(4, ratings.get("items").get(0).get("score").asInt());
            assertEquals("很快，谢谢", ratings.get("items").get(0).get("comment").asText());
            browser.screenshot("widget-6-rated");
        }
    }

    @Test
    void onAPhoneNobodyOnlineLeadsToALeftMessage() throws Exception {
        Setup s = tenantWithOneAgent("wgm", false);
        try (Chromium browser = new Chromium(375, 740, "en-US")) {
            browser.driver.get(hostPage("phone.html", s.siteKey()));
            WebElement entry = visible(browser, ".entry");
            assertEquals("Chat with us", entry.getText(), "the site's button text, its English side for an English browser");
            entry.click();
            WebElement panel = visible(browser, ".panel");
            assertEquals(375, panel.getSize().getWidth(), "the chat window fills a phone screen");
            Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(Boolean.FALSE, overflow, "no horizontal scrolling");
            // nobody is signed in: the leave-a-message form with the site's title (English by browser language)
            assertEquals("No agent is available now. Please leave a message.", visible(browser, ".leave .leave-title").getText());
            SearchContext w = widget(browser);
            assertEquals("Phone or e-mail", w.findElement(By.cssSelector(".leave-contact")).getAttribute("placeholder"));
            // sent empty: one message naming the missing field, not the placeholders joined
            w.findElement(By.cssSelector(".submit-leave")).click();
            assertEquals("Please enter a phone number or e-mail so we can reach you",
                    w.findElement(By.cssSelector(".leave .error")).getText());
            assertEquals("true", w.findElement(By.cssSelector(".leave-contact")).getAttribute("aria-invalid"));
            w.findElement(By.cssSelector(".leave-name")).sendKeys("Ann");
            w.findElement(By.cssSelector(".leave-contact")).sendKeys("ann@example.com");
            w.findElement(By.cssSelector(".submit-leave")).click();
            assertEquals("Please tell us how we can help", w.findElement(By.cssSelector(".leave .error")).getText());
            w.findElement(By.cssSelector(".leave-text")).sendKeys("Please call me back about order 42.");
            browser.screenshot("widget-7-phone-leave-message");
            w.findElement(By.cssSelector(".submit-leave")).click();
            await(browser, x -> x.findElements(By.cssSelector(".line.system[data-code='left']")).isEmpty() ? null : true);
            JsonNode left = s.api().get("/api/v1/left-messages?processed=false").body();
            assertEquals(1, left.get("total").asLong(), left.toString());
            assertEquals("ann@example.com", left.get("items").get(0).get("contact").asText());
            assertEquals("Please call me back about order 42.", left.get("items").get(0).get("text").asText());
            browser.screenshot("widget-8-phone-left");

            // CH-5: the page the widget loaded on, and a single-page navigation, are the visitor's trail; the
            // browser, system and address are read from the real request
            String visitor = left.get("items").get(0).get("visitorId").asText();
            ((JavascriptExecutor) browser.driver).executeScript("document.title = 'Order 42'; history.pushState({}, '', '#/orders/42')");
            JsonNode profile = Poll.until(Duration.ofSeconds(20), "both page views of " + visitor, () -> {
                JsonNode p = s.api().get("/api/v1/visitors/" + visitor).body();
                // count and list are two reads: wait until both show the navigation
                return p.get("pageViewCount").asInt() == 2 && p.get("pageViews").size() == 2 ? p : null;
            });
            JsonNode pages = profile.get("pageViews");
            assertTrue(pages.get(0).get("url").asText().endsWith("/phone.html#/orders/42"), profile.toString());
            assertEquals("Order 42", pages.get(0).get("title").asText());
            assertTrue(pages.get(1).get("url").asText().endsWith("/phone.html"), profile.toString());
            assertEquals("Demo shop", pages.get(1).get("title").asText());
            assertTrue(profile.get("browser").asText().contains("Chrome"), profile.toString());
            assertEquals("Linux", profile.get("os").asText(), profile.toString());
            assertEquals("127.0.0.1", profile.get("ip").asText());
            assertEquals("LAN", profile.get("region").asText());
        }
    }

    /** Waits until exactly {@code count} conversations are in {@code state}; returns the newest one's id. */
    private static long awaitConversation(Api api, String state, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode page = api.get("/api/v1/conversations?state=" + state).body();
            // items and total are read one after the other: a conversation created in between shows in one only
            if (page.get("total").asInt() == count && page.get("items").size() == count) {
                long newest = 0;
                for (JsonNode c : page.get("items")) {
                    newest = Math.max(newest, c.get("id").asLong());
                }
                return newest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " conversation(s) in state " + state);
    }
}
