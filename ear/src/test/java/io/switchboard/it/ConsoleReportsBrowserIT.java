package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Reports in the console (issue 21): an administrator opens the agent report, sees an agent's served conversation
 * counted, clicks the count and gets that conversation (the drill-down); sees today's overview with its charts
 * (each can be saved as an image) and the KPIs with their definitions; the agent report's CSV and Excel exports are
 * real files; a custom report is built, saved, opened from its thumbnail and deleted; a supervisor watches a live
 * conversation's transcript grow and moves it to another agent. In Chinese.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleReportsBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static org.openqa.selenium.WebDriver d(Chromium browser) {
        return browser.driver;
    }

    @Test
    void anAdministratorDrillsFromAnAgentsFigureToItsConversations() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "reports-ui");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "rui-" + suffix, "displayName", "王小明",
                "password", "Secret-" + suffix, "maxConcurrent", 3)).body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members",
                List.of(Map.of("agentId", agent, "priority", 1))).status());
        assertEquals(200, api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE")).status());
        long conversation = api.post("/api/v1/conversations", Map.of("visitorId", "rv-" + suffix, "channel", "WEB",
                "skillGroupId", group)).body().get("id").asLong();
        Poll.until(java.time.Duration.ofSeconds(20), "assigned", () ->
                "ASSIGNED".equals(api.get("/api/v1/conversations/" + conversation).body().get("state").asText()) ? true : null);
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", agent, "text", "您好")).status());
        assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/close", Map.of("agentId", agent)).status());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String day = "from=" + today + "&to=" + today;
        Poll.until(java.time.Duration.ofSeconds(20), "the part counted", () -> {
            var rows = api.get("/api/v1/reports/agents?" + day).body();
            return rows.size() == 1 && rows.get(0).get("figures").get("sessions").asLong() == 1 ? rows : null;
        });

        try (Chromium admin = new Chromium(1366, 900, "zh-CN")) {
            try {
                ConsolePage.login(admin, server, "/admin/agent-report.xhtml", tenant.adminUsername(), tenant.adminPassword());
                String table = until(admin, d -> {
                    String t = text(admin, "[id='report:agents']");
                    return t.contains("王小明") ? t : null;
                });
                assertTrue(table.contains("0 / 0"), "no transfer in or out: " + table);
                click(admin, By.cssSelector("[id$=':drill']"));
                String parts = until(admin, d -> {
                    String t = text(admin, "[id='parts:list']");
                    return t.contains(String.valueOf(conversation)) ? t : null;
                });
                assertTrue(parts.contains("否（访客未发言）"), "the visitor never wrote: " + parts);
                assertTrue(text(admin, "[id='parts-total']").contains("1"), text(admin, "[id='parts-total']"));
                assertTrue(text(admin, "[id='parts-agent']").contains("王小明"), text(admin, "[id='parts-agent']"));
                admin.screenshot("console-agent-report-zh");

                // 质检: the ended conversation is scored from its transcript
                admin.driver.get(server.url("/admin/sessions.xhtml").toString());
                click(admin, By.xpath("//*[@id='s:tabs:state']//div[contains(@class,'ui-button')][3]"));
                org.openqa.selenium.WebElement row = until(admin, d -> d.findElements(
                        By.cssSelector("[id='s:tabs:sessions'] tbody tr")).stream()
                        .filter(r -> r.getText().startsWith(conversation + "")).findFirst().orElse(null));
                row.findElement(By.cssSelector("button[id$=':transcript']")).click();
                until(admin, d -> d.findElements(By.id("qa:save")).isEmpty() ? null : true);
                ConsolePage.type(admin, "qa:score_input", "85");
                ConsolePage.type(admin, "qa:marks", "态度=90\n专业=80");
                // the form is at the foot of the scrolling transcript: brought into view first
                ConsolePage.js(admin, "document.getElementById('qa:save').scrollIntoView({block: 'center'})");
                click(admin, By.id("qa:save"));
                until(admin, d -> text(admin, "[id='qa']").contains("85 ·") ? true : null);
                var qa = api.get("/api/v1/conversations/" + conversation + "/qa").body();
                assertEquals(85, qa.get("score").asInt(), qa.toString());
                assertEquals(80, qa.get("marks").get("专业").asInt(), qa.toString());
                admin.screenshot("console-qa-zh");

                // the overview (RP-2): today's figures and charts, each of which can be saved as an image
                admin.driver.get(server.url("/admin/index.xhtml").toString());
                until(admin, d -> "1".equals(text(admin, "[id='ov-arrived']").strip()) ? true : null);
                assertEquals("1", text(admin, "[id='ov-answered']").strip());
                assertEquals("100.0 %", text(admin, "[id='ov-answer-rate']").strip());
                Number pixels = (Number) ConsolePage.js(admin, "return PF('inboundChart').jq.find('canvas')[0].width");
                assertTrue(pixels.intValue() > 100, "the inbound chart is drawn: " + pixels);
                String png = (String) ConsolePage.js(admin,
                        "return PF('outcomeChart').jq.find('canvas')[0].toDataURL('image/png')");
                assertTrue(png.startsWith("data:image/png;base64,") && png.length() > 1000, "a picture of the chart");
                ConsolePage.js(admin, "sbChartImage('inboundChart', 'inbound.png')"); // must not throw
                admin.screenshot("console-overview-zh");

                // the live monitor shows today's service level beside the live figures
                admin.driver.get(server.url("/admin/monitor.xhtml").toString());
                until(admin, d -> "100.0 %".equals(text(admin, "[id='monitor-sl']").strip()) ? true : null);

                admin.driver.get(server.url("/admin/kpis.xhtml").toString());
                String definitions = until(admin, d -> {
                    String t = text(admin, "[id='kpi-definitions']");
                    return t.isBlank() ? null : t;
                });
                assertTrue(definitions.contains("服务水平") && definitions.contains("平均处理时长"), definitions);
                // the one conversation was answered (by the agent's first line) well within 20 s
                assertEquals("100.0 %", text(admin, "[id='kpi-sl']").strip());

                // a custom report (RP-4): built, saved, shown as a thumbnail, opened, deleted after a confirmation
                admin.driver.get(server.url("/admin/custom-reports.xhtml").toString());
                click(admin, By.id("custom:add"));
                until(admin, d -> d.findElement(By.id("custom-edit:name")).isDisplayed() ? true : null);
                ConsolePage.type(admin, "custom-edit:name", "每日会话");
                click(admin, By.xpath("//form[@id='custom-edit']//label[text()='消息总数']"));
                click(admin, By.xpath("//form[@id='custom-edit']//label[text()='客服']"));
                click(admin, By.id("custom-edit:save"));
                String thumbs = until(admin, d -> {
                    String t = text(admin, "[id='thumbs']");
                    return t.contains("每日会话") && t.contains("最近 7 天") ? t : null;
                });
                assertTrue(d(admin).findElements(By.cssSelector("[id='thumbs'] canvas")).size() == 1,
                        "the thumbnail is a small bar chart: " + thumbs);
                var saved = api.get("/api/v1/reports/custom").body();
                assertEquals(1, saved.size(), saved.toString());
                assertEquals("[\"SESSIONS\",\"MESSAGES\"]", saved.get(0).get("metrics").toString());
                assertEquals("[\"AGENT\",\"TIME\"]", saved.get(0).get("dimensions").toString());
                click(admin, By.cssSelector("[id='thumbs'] a[id$=':open']"));
                String rows = until(admin, d -> {
                    String t = d.findElements(By.id("custom:rows")).isEmpty() ? "" : text(admin, "[id='custom:rows']");
                    return t.contains("王小明 · " + today) ? t : null;
                });
                assertTrue(rows.contains("会话总数") && rows.contains("消息总数"), rows);
                Number drawn = (Number) ConsolePage.js(admin, "return PF('openChart').jq.find('canvas')[0].width");
                assertTrue(drawn.intValue() > 100, "the opened report is drawn: " + drawn);
                admin.screenshot("console-custom-report-zh");
                click(admin, By.id("custom:delete"));
                click(admin, By.id("custom:confirm-yes"));
                until(admin, d -> text(admin, "[id='thumbs']").contains("还没有自定义报表") ? true : null);
                assertEquals(0, api.get("/api/v1/reports/custom").body().size());

                // 质检员: a conversation going on is watched as it goes and moved to another agent at once
                long second = api.post("/api/v1/agents", Map.of("username", "rui2-" + suffix, "displayName", "李小红",
                        "password", "Secret-" + suffix, "maxConcurrent", 3)).body().get("agentId").asLong();
                assertEquals(200, api.put("/api/v1/agents/" + second + "/status", Map.of("status", "ONLINE")).status());
                long live = api.post("/api/v1/conversations", Map.of("visitorId", "rl-" + suffix, "channel", "WEB",
                        "skillGroupId", group)).body().get("id").asLong();
                Poll.until(java.time.Duration.ofSeconds(20), "the live one assigned", () -> api.get("/api/v1/conversations/"
                        + live).body().get("agentId").asLong() == agent ? true : null);
                admin.driver.get(server.url("/admin/sessions.xhtml").toString());
                click(admin, By.xpath("//*[@id='s:tabs:state']//div[contains(@class,'ui-button')][3]"));
                until(admin, d -> {
                    try { // the list is drawn again after the state filter's answer: the row is looked up until it holds
                        org.openqa.selenium.WebElement liveRow = d.findElements(By.cssSelector("[id='s:tabs:sessions'] tbody tr"))
                                .stream().filter(r -> r.getText().startsWith(live + "")).findFirst().orElse(null);
                        if (liveRow == null) {
                            return null;
                        }
                        liveRow.findElement(By.cssSelector("button[id$=':transcript']")).click();
                        return true;
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return null;
                    }
                });
                until(admin, d -> text(admin, "[id='watch:live']").contains("会话进行中") ? true : null);
                assertEquals(200, api.post("/api/v1/conversations/" + live + "/messages",
                        Map.of("agentId", agent, "text", "正在为您处理")).status());
                until(admin, d -> text(admin, "[id='transcript']").contains("正在为您处理") ? true : null);
                ConsolePage.select(admin, "watch:moveTo", "李小红");
                // the transcript is read again every 3 s meanwhile: the chosen agent must stay chosen
                Thread.sleep(3500);
                assertEquals("李小红", text(admin, "[id='watch:moveTo_label']").strip());
                click(admin, By.id("watch:move"));
                click(admin, By.id("watch:confirm-yes"));
                Poll.until(java.time.Duration.ofSeconds(20), "moved to 李小红", () -> api.get("/api/v1/conversations/"
                        + live).body().get("agentId").asLong() == second ? true : null);
                admin.screenshot("console-supervisor-move-zh");
            } catch (RuntimeException | Error e) {
                admin.screenshot("console-reports-failure");
                throw e;
            }
        }

        Api.Download csv = api.download("/api/v1/reports/agents/export?" + day);
        assertEquals(200, csv.status());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF客服ID,客服,登录时长(秒)"), text);
        assertTrue(text.contains(agent + ",王小明,"), text);
        Api.Download xlsx = api.download("/api/v1/reports/agents/export?format=xlsx&" + day);
        assertEquals(200, xlsx.status());
        assertEquals('P', xlsx.body()[0], "an XLSX file is a ZIP archive");
        assertEquals('K', xlsx.body()[1]);
    }
}
