package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.idle;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.type;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 智能机器人 in the console (FL-2, FL-3): an administrator creates a bot, adds a knowledge rule (an empty answer is
 * refused beside the field), tries a paraphrase, teaches the bot a group of mined questions as a new rule, and deletes
 * the bot after a confirmation; in Chinese.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleBotsBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void anAdministratorBuildsTeachesAndDeletesABot() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "bots-ui");
        Api api = new Api(server, tenant.apiKey());
        try (Chromium admin = new Chromium(1366, 900, "zh-CN")) {
            try {
                run(admin, tenant, api);
            } catch (RuntimeException | Error e) {
                admin.screenshot("console-bots-failure");
                throw e;
            }
        }
    }

    private void run(Chromium admin, Api.Tenant tenant, Api api) {
        ConsolePage.login(admin, server, "/admin/bots.xhtml", tenant.adminUsername(), tenant.adminPassword());
        until(admin, d -> text(admin, "[id='choose:none']").contains("还没有机器人") ? true : null);
        type(admin, "new-bot:name", "售后助手");
        click(admin, By.id("new-bot:create"));
        until(admin, d -> text(admin, "[id='choose:bot']").contains("售后助手") ? true : null);
        JsonNode bots = api.get("/api/v1/bots").body();
        assertEquals(1, bots.size(), bots.toString());
        long bot = bots.get(0).get("id").asLong();

        // a rule without its answer is refused beside the answer; with it, it is listed
        click(admin, By.id("rules:add"));
        type(admin, "rule-form:question", "怎么申请退款");
        type(admin, "rule-form:variants", "如何退款\n退款流程是什么");
        click(admin, By.id("rule-form:save"));
        String beside = until(admin, d -> {
            String t = text(admin, "[id='rule-form:answer'] ~ .ui-message, [id='rule-form:answer'] + .ui-message");
            return t.isBlank() ? null : t;
        });
        assertEquals("必填", beside.strip());
        assertEquals(0, api.get("/api/v1/bots/" + bot + "/rules").body().get("total").asInt(), "nothing saved");
        type(admin, "rule-form:answer", "在订单页点“申请退款”。");
        click(admin, By.id("rule-form:save"));
        until(admin, d -> text(admin, "[id='rules:rules-table']").contains("退款流程是什么") ? true : null);

        // try it: a paraphrase is answered
        type(admin, "try:question", "请问怎么退款呢");
        click(admin, By.id("try:ask"));
        String outcome = until(admin, d -> {
            String t = text(admin, "[id='try:outcome']");
            return t.isBlank() ? null : t;
        });
        assertTrue(outcome.contains("已回答") && outcome.contains("在订单页点“申请退款”。"), outcome);

        // mined questions: a group of three misses becomes a new rule in one dialog
        for (String q : List.of("积分兑换礼品", "积分兑换礼品", "积分能换礼品吗")) {
            api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", q, "recordMiss", true));
        }
        admin.driver.navigate().refresh();
        String group = until(admin, d -> {
            String t = text(admin, "[id='mining:groups'] tbody tr");
            return t.contains("积分兑换礼品") ? t : null;
        });
        assertTrue(group.contains("积分兑换礼品 ×2") && group.contains("积分能换礼品吗 ×1"), group);
        admin.screenshot("console-bots-zh");
        ConsolePage.js(admin, "document.getElementById('mining').scrollIntoView()");
        admin.screenshot("console-bots-mining-zh");
        click(admin, By.id("mining:groups:0:teach"));
        until(admin, d -> text(admin, "#teach-questions").contains("积分能换礼品吗") ? true : null);
        type(admin, "teach-form:answer", "在“我的-积分”里兑换礼品。");
        click(admin, By.id("teach-form:create"));
        until(admin, d -> text(admin, "[id='rules:rules-table']").contains("积分兑换礼品") ? true : null);
        idle(admin);
        assertTrue(text(admin, "[id='mining:groups']").contains("暂无数据"), text(admin, "[id='mining:groups']"));
        assertEquals("ANSWERED", api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", "积分能换礼品吗"))
                .body().get("outcome").asText());

        // deleting the bot asks first
        click(admin, By.id("choose:delete"));
        click(admin, By.id("choose:confirm-yes"));
        until(admin, d -> text(admin, "[id='choose:none']").contains("还没有机器人") ? true : null);
        assertEquals(0, api.get("/api/v1/bots").body().size());
    }
}
