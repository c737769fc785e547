package io.switchboard.it;

import static io.switchboard.it.WidgetPage.await;
import static io.switchboard.it.WidgetPage.lines;
import static io.switchboard.it.WidgetPage.statusText;
import static io.switchboard.it.WidgetPage.visible;
import static io.switchboard.it.WidgetPage.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The widget across page loads (issue 18, items 1–4) in real Chromium at 1366x768: the current conversation in full
 * after a reload and on another page of the site, the panel kept open while the chat is live, earlier conversations
 * on request, a refused line marked as not sent in the visitor's language, one welcome, and a new chat after an
 * ended one starting at the group picker. Screenshots: {@code widget-9-*}, {@code widget-10-*}.
 */
@ExtendWith(SwitchboardServer.class)
class WidgetHistoryBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Setup(Api api, long presales, long aftersales, long wang, long li, String siteKey) {
    }

    /** 售前咨询 served by 小王, 售后咨询 by 小李; both online. */
    private Setup tenant(String prefix) {
        Api api = new Api(server, Api.newTenant(server, prefix).apiKey());
        long presales = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        long aftersales = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        long wang = agent(api, prefix, "小王", presales);
        long li = agent(api, prefix, "小李", aftersales);
        String siteKey = api.post("/api/v1/widget-sites", Map.of("name", "Demo shop")).body().get("siteKey").asText();
        return new Setup(api, presales, aftersales, wang, li, siteKey);
    }

    private static long agent(Api api, String prefix, String name, long group) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long id = api.post("/api/v1/agents", Map.of("username", prefix + "-" + suffix, "displayName", name,
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", id)));
        api.put("/api/v1/agents/" + id + "/status", Map.of("status", "ONLINE"));
        return id;
    }

    @Test
    void theChatSurvivesReloadsAndPagesAndANewChatStartsAtThePicker() throws Exception {
        Setup s = tenant("wgh");
        assertEquals(201, s.api().post("/api/v1/sensitive-words", Map.of("word", "傻瓜")).status());
        try (Chromium browser = new Chromium(1366, 768, "zh-CN")) {
            browser.driver.get(WidgetPage.hostPage(server, "shop.html", s.siteKey()));
            visible(browser, ".entry").click();
            // before any chat: the window's welcome, and only it
            assertEquals(1, count(browser, ".line[data-code='site-welcome']"));
            visible(browser, ".picker .group[data-group='" + s.presales() + "']").click();
            say(browser, "第一次咨询：发货时间");
            await(browser, w -> statusText(browser).contains("客服 小王 正在为您服务") ? true : null);
            long first = conversationOf(s.api(), s.wang(), "ASSIGNED");
            reply(s.api(), first, s.wang(), "您好，我是小王，今天发货");
            await(browser, w -> lines(w, "agent").contains("您好，我是小王，今天发货") ? true : null);
            // one welcome: the agent's greeting replaced the window's
            assertEquals(1, count(browser, ".line[data-code='WELCOME']"));
            assertEquals(0, count(browser, ".line[data-code='site-welcome']"));

            // a reload: the panel opens by itself with the whole conversation, in order
            browser.driver.navigate().refresh();
            await(browser, w -> lines(w, "agent").contains("您好，我是小王，今天发货") ? true : null);
            assertTrue(visible(browser, ".panel").isDisplayed(), "a live chat stays open across page loads");
            assertEquals(Boolean.FALSE, ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.activeElement === document.getElementById('switchboard-widget')"),
                    "opened by itself, it leaves the keyboard focus to the host page");
            assertEquals(List.of("第一次咨询：发货时间"), lines(widget(browser), "visitor"));
            assertEquals(1, count(browser, ".line[data-code='WELCOME']"));
            assertEquals(0, count(browser, ".line[data-code='site-welcome']"));
            assertTrue(statusText(browser).contains("客服 小王 正在为您服务"), statusText(browser));
            browser.screenshot("widget-9-after-reload-zh");

            // another page of the site: the same
            browser.driver.get(WidgetPage.hostPage(server, "shop-2.html", s.siteKey()));
            await(browser, w -> lines(w, "agent").contains("您好，我是小王，今天发货") ? true : null);
            assertTrue(visible(browser, ".panel").isDisplayed());

            // a blocked word: the line stays, marked as not sent, with a translated reason that does not name the word
            say(browser, "你这个傻瓜");
            WebElement why = visible(browser, ".line.failed .why");
            assertEquals("未发送：消息包含不允许发送的内容，请修改后再发", why.getText());
            assertEquals(0, count(browser, ".line.pending"), "no line waits forever");
            assertEquals(1, count(browser, ".line.failed"));
            browser.screenshot("widget-9-refused-zh");

            // the agent ends the chat: no composer; a new chat is started on purpose and offers the picker
            assertEquals(200, s.api().post("/api/v1/conversations/" + first + "/close", Map.of("agentId", s.wang())).status());
            visible(browser, ".restart .new-chat");
            assertFalse(widget(browser).findElement(By.cssSelector(".composer")).isDisplayed(), "typing does not start a chat");

            // 小王 is now busy (cap 1, serving an app user): a chat for 售后咨询, which he is not in, goes to the idle
            // 小李 at once, without waiting for the previous agent and without an all-busy message
            s.api().put("/api/v1/agents/" + s.wang() + "/cap", Map.of("maxConcurrent", 1));
            assertEquals(202, s.api().post("/api/v1/im/messages", Map.of("senderId", "app-" + s.siteKey(),
                    "clientMessageId", "app-1-" + s.siteKey(), "text", "我在 App 里问", "skillGroupId", s.presales())).status());
            conversationOf(s.api(), s.wang(), "ASSIGNED");
            widget(browser).findElement(By.cssSelector(".restart .new-chat")).click();
            visible(browser, ".picker .group[data-group='" + s.aftersales() + "']").click();
            long asked = System.nanoTime();
            say(browser, "第二次咨询：退货");
            await(browser, w -> statusText(browser).contains("客服 小李 正在为您服务") ? true : null);
            assertTrue(System.nanoTime() - asked < Duration.ofSeconds(20).toNanos());
            assertEquals(0, count(browser, ".line[data-code='PREVIOUS_AGENT']"));
            assertEquals(0, count(browser, ".line[data-code='QUEUED']"));

            // after a reload only the current chat shows; the earlier one comes on request, above it
            browser.driver.navigate().refresh();
            await(browser, w -> lines(w, "visitor").contains("第二次咨询：退货") ? true : null);
            assertFalse(lines(widget(browser), "visitor").contains("第一次咨询：发货时间"));
            visible(browser, ".earlier").click();
            await(browser, w -> lines(w, "agent").contains("您好，我是小王，今天发货") ? true : null);
            List<String> visitor = lines(widget(browser), "visitor");
            assertEquals(List.of("第一次咨询：发货时间", "第二次咨询：退货"), visitor,
                    "the earlier conversation above the current one, in order");
            assertFalse(widget(browser).findElement(By.cssSelector(".earlier")).isDisplayed(), "nothing earlier left");
            assertEquals(1, count(browser, ".history .divider"));
            assertEquals("— 以上为历史消息 —", widget(browser).findElement(By.cssSelector(".history-end")).getText());
            browser.screenshot("widget-9-earlier-messages-zh");
        }
    }

    @Test
    void anEnglishVisitorSeesTheWidgetInEnglishAfterAReload() throws Exception {
        Setup s = tenant("wghen");
        assertEquals(201, s.api().post("/api/v1/sensitive-words", Map.of("word", "idiot")).status());
        try (Chromium browser = new Chromium(1366, 768, "en-US")) {
            browser.driver.get(WidgetPage.hostPage(server, "shop-en.html", s.siteKey(), "data-lang=\"en\""));
            // item 5: the site's texts and the conversation's system messages in the visitor's language
            assertEquals("Chat with us", visible(browser, ".entry").getText());
            visible(browser, ".entry").click();
            assertEquals("Welcome! How can we help?", await(browser,
                    w -> w.findElement(By.cssSelector(".line[data-code='site-welcome']")).getAttribute("textContent")));
            visible(browser, ".picker .group[data-group='" + s.presales() + "']").click();
            say(browser, "When do you ship?");
            await(browser, w -> statusText(browser).contains("小王 is serving you") ? true : null);
            assertEquals("小王 is here to help you.", visible(browser, ".line[data-code='ASSIGNED']").getText());
            assertEquals("Welcome! How can we help you today?", visible(browser, ".line[data-code='WELCOME']").getText());
            long c = conversationOf(s.api(), s.wang(), "ASSIGNED");
            reply(s.api(), c, s.wang(), "Today, before 6 pm.");
            await(browser, w -> lines(w, "agent").contains("Today, before 6 pm.") ? true : null);
            say(browser, "you idiot");
            assertEquals("Not sent: The message contains words that cannot be sent; please rephrase it",
                    visible(browser, ".line.failed .why").getText());
            browser.driver.navigate().refresh();
            await(browser, w -> lines(w, "agent").contains("Today, before 6 pm.") ? true : null);
            assertEquals(List.of("When do you ship?"), lines(widget(browser), "visitor"),
                    "the refused line was never stored, so a reload does not bring it back");
            browser.screenshot("widget-10-after-reload-en");
            assertEquals(200, s.api().post("/api/v1/conversations/" + c + "/close", Map.of("agentId", s.wang())).status());
            assertEquals("Start a new chat", visible(browser, ".restart .new-chat").getText());
            assertEquals("The agent has ended the conversation.",
                    visible(browser, ".line[data-code='SERVICE_ENDED']").getText());
            browser.screenshot("widget-10-ended-en");
        }
    }

    /**
     * Item 23 (S3 §2.2 主动发起会话): a visitor who only browses shows among the visitors browsing now; an agent starts
     * a chat, and the widget opens by itself with the agent's line, ready for the answer.
     */
    @Test
    void aChatAnAgentStartsOpensTheWidgetOfABrowsingVisitor() throws Exception {
        Setup s = tenant("wghlive");
        try (Chromium browser = new Chromium(1366, 768, "zh-CN")) {
            browser.driver.get(WidgetPage.hostPage(server, "shop-live.html", s.siteKey()));
            visible(browser, ".entry");
            JsonNode live = null;
            for (int i = 0; i < 100 && (live == null || live.size() == 0); i++) {
                live = s.api().get("/api/v1/visitors/live").body();
                Thread.sleep(100);
            }
            assertEquals(1, live.size(), "the page that only browses is listed: " + live);
            String visitor = live.get(0).get("visitorId").asText();
            assertTrue(widget(browser).findElement(By.cssSelector(".panel")).getAttribute("hidden") != null,
                    "nothing opened yet");
            assertEquals(201, s.api().post("/api/v1/visitors/" + visitor + "/chats",
                    Map.of("agentId", s.wang(), "text", "您好，需要帮您推荐吗？")).status());
            await(browser, w -> lines(w, "agent").contains("您好，需要帮您推荐吗？") ? true : null);
            assertTrue(visible(browser, ".panel").isDisplayed(), "the widget opened by itself");
            assertFalse(widget(browser).findElement(By.cssSelector(".picker")).isDisplayed(), "no group picker");
            assertTrue(statusText(browser).contains("客服 小王 正在为您服务"), statusText(browser));
            say(browser, "好的，想看看新品");
            long c = conversationOf(s.api(), s.wang(), "ASSIGNED");
            assertTrue(awaitLine(s.api(), c, "好的，想看看新品"), "the answer joins the agent's conversation");
            browser.screenshot("widget-11-agent-started-zh");
        }
    }

    private static boolean awaitLine(Api api, long conversation, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (api.get("/api/v1/conversations/" + conversation + "/messages").body().toString().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** picker.refreshSeconds: the open picker reads who is online again, so an agent who signs in shows up. */
    @Test
    void theOpenPickerShowsAnAgentWhoJustSignedIn() throws Exception {
        Setup s = tenant("wghpick");
        s.api().put("/api/v1/agents/" + s.li() + "/status", Map.of("status", "OFFLINE"));
        JsonNode site = s.api().get("/api/v1/widget-sites").body().get("items").get(0);
        com.fasterxml.jackson.databind.node.ObjectNode settings =
                (com.fasterxml.jackson.databind.node.ObjectNode) site.get("settings");
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.get("picker")).put("refreshSeconds", 5);
        assertEquals(200, s.api().put("/api/v1/widget-sites/" + site.get("id").asLong(),
                Map.of("name", "Demo shop", "settings", settings)).status());
        try (Chromium browser = new Chromium(1366, 768, "zh-CN")) {
            browser.driver.get(WidgetPage.hostPage(server, "picker.html", s.siteKey()));
            visible(browser, ".entry").click();
            String after = ".picker .group[data-group='" + s.aftersales() + "']";
            assertTrue(visible(browser, after).getText().contains("无人在线"));
            s.api().put("/api/v1/agents/" + s.li() + "/status", Map.of("status", "ONLINE"));
            await(browser, w -> w.findElement(By.cssSelector(after)).getText().contains("1 人在线") ? true : null);
        }
    }

    private static void say(Chromium browser, String text) {
        WebElement input = visible(browser, ".composer textarea");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private static void reply(Api api, long conversation, long agent, String text) {
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", agent, "text", text)).status());
    }

    private static int count(Chromium browser, String css) {
        SearchContext w = widget(browser);
        return w.findElements(By.cssSelector(css)).size();
    }

    /** The newest conversation of this agent in this state, waited for. */
    private static long conversationOf(Api api, long agent, String state) throws InterruptedException {
        return Poll.until(Duration.ofSeconds(20), "a conversation of agent " + agent + " in " + state, () -> {
            JsonNode page = api.get("/api/v1/conversations?state=" + state).body();
            long newest = 0;
            for (JsonNode c : page.get("items")) {
                if (c.path("agentId").asLong() == agent) {
                    newest = Math.max(newest, c.get("id").asLong());
                }
            }
            return newest == 0 ? null : newest;
        });
    }
}
