package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.js;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Agent assist in the workbench (FL-4): suggested answers for the visitor's latest line appear above the reply box
 * and follow each new line; "发送" sends one and keeps the choice; "推荐" on an older line shows that line's
 * suggestions; "编辑" puts an answer into the reply box.
 */
@ExtendWith(SwitchboardServer.class)
class WorkbenchAssistBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void anAgentAnswersWithASuggestionAndEditsAnother() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(server, Api.newTenant(server, "assist-ui").apiKey());
        long bot = api.post("/api/v1/bots", Map.of("name", "售后知识")).body().get("id").asLong();
        api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "怎么申请退款", "answer", "在订单页点“申请退款”。"));
        api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "发票怎么开", "answer", "在订单详情页申请电子发票。"));
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String username = "assist-" + suffix;
        String password = "Secret-" + UUID.randomUUID();
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小吴", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));

        try (Chromium desk = new Chromium(1366, 900, "zh-CN")) {
            try {
                desk.driver.get(server.url("/agent/index.xhtml").toString());
                desk.driver.findElement(By.id("login:username")).sendKeys(username);
                desk.driver.findElement(By.id("login:password")).sendKeys(password);
                desk.driver.findElement(By.id("login:submit")).click();
                until(desk, d -> d.findElements(By.cssSelector("#connection.wb-online")).isEmpty() ? null : true);
                click(desk, By.cssSelector("button[data-status='ONLINE']"));
                Poll.until(Duration.ofSeconds(10), "agent online",
                        () -> "ONLINE".equals(api.get("/api/v1/agents/" + agent).body().get("status").asText()) ? true : null);

                long conversation = api.post("/api/v1/conversations", Map.of("visitorId", "app-" + suffix,
                        "channel", "APP", "skillGroupId", group)).body().get("id").asLong();
                visitorWrites(api, conversation, "请问怎么退款");
                until(desk, d -> text(desk, ".wb-list .wb-item:not(.wb-ended)").isEmpty() ? null : true);
                click(desk, By.cssSelector(".wb-list .wb-item:not(.wb-ended)"));
                String shown = until(desk, d -> {
                    String t = text(desk, "[id='wb:assist']");
                    return t.contains("在订单页点“申请退款”。") ? t : null;
                });
                assertTrue(shown.contains("请问怎么退款"), "names the line: " + shown);
                assertTrue(!shown.contains("在订单详情页申请电子发票。"), "a weak match is left out: " + shown);
                desk.screenshot("workbench-assist-zh");

                // 发送: the answer goes to the visitor, and the choice is kept
                click(desk, By.cssSelector("[id='wb:assist'] .wb-assist-item button"));
                until(desk, d -> text(desk, "[id='wb:transcript'] .wb-from-agent").contains("在订单页点“申请退款”。") ? true : null);
                Poll.until(Duration.ofSeconds(10), "the choice kept", () -> api.get("/api/v1/conversations/"
                        + conversation + "/assist").body().get("items").get(0).get("picks").asInt() == 1 ? true : null);

                // the visitor's next line brings its own suggestions without a reload
                js(desk, "window.__sameDocument = true");
                visitorWrites(api, conversation, "发票怎么开呀");
                until(desk, d -> text(desk, "[id='wb:assist']").contains("在订单详情页申请电子发票。") ? true : null);
                assertEquals(Boolean.TRUE, js(desk, "return window.__sameDocument === true"));

                // 推荐 on the first line: its suggestions again, and back to the latest
                click(desk, By.cssSelector("[id='wb:transcript'] .wb-from-visitor .wb-assist-line"));
                until(desk, d -> text(desk, "[id='wb:assist']").contains("在订单页点“申请退款”。")
                        && text(desk, "[id='wb:assist']").contains("回到最新消息") ? true : null);

                // 编辑 puts the answer into the reply box
                click(desk, By.cssSelector("[id='wb:assist'] .wb-assist-item a.wb-reply-use"));
                until(desk, d -> "在订单页点“申请退款”。".equals(js(desk, "return document.getElementById('wb:draft').value"))
                        ? true : null);
            } catch (RuntimeException | Error e) {
                desk.screenshot("workbench-assist-failure");
                throw e;
            }
        }
    }

    private static void visitorWrites(Api api, long conversation, String text) {
        String id = "wa-" + UUID.randomUUID();
        assertEquals(202, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", text, "clientMessageId", id)).status());
        InboundPipelineIT.awaitStored(api, id);
    }
}
