package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.js;
import static io.switchboard.it.ConsolePage.text;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console at 1366x768 in Chinese and in English (issue 18, items 7–12): every table of every page fits the
 * width with no column squeezed away and no row blown up; the transcript names who wrote each line, shows the picture,
 * the transfer with its note, the summary and the rating; the audit log names actions and targets in the page's
 * language with a field-by-field diff; ratings and summaries name agent and visitor; the monitor counts agents with
 * room apart from ready ones. Screenshots {@code console-<page>-<lang>.png}.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleLayoutBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static final List<String> PAGES = List.of("monitor", "sessions", "kpis", "agent-report", "custom-reports", "agents", "groups",
            "sites", "settings",
            "rules", "replies", "flows", "bots", "words", "blacklist", "audit");

    private record Data(Api.Tenant tenant, Api api, long transferred, String wang, String li, String visitor) {
    }

    @Test
    void everyPageFitsAndTheTranscriptAndAuditLogSayWhoDidWhat() throws Exception {
        Data d = data();
        for (String language : List.of("zh-CN", "en-US")) {
            String lang = language.substring(0, 2);
            try (Chromium admin = new Chromium(1366, 768, language)) {
                try {
                    pages(d, admin, lang);
                } catch (RuntimeException | Error e) {
                    admin.screenshot("console-failure-" + lang);
                    throw e;
                }
            }
        }
        // all pages of both languages first, so one run names every table that does not fit
        assertEquals(List.of(), misfits, "tables that do not fit 1366 px");
    }

    private void pages(Data d, Chromium admin, String lang) {
        ConsolePage.login(admin, server, "/admin/sessions.xhtml", d.tenant().adminUsername(), d.tenant().adminPassword());
        until(admin, x -> x.findElements(By.cssSelector("[id='s:tabs:sessions'] tbody tr")).size() >= 1 ? true : null);
        // every conversation, ended ones included
        click(admin, By.xpath("//*[@id='s:tabs:state']//div[contains(@class,'ui-button')][3]"));
        until(admin, x -> text(admin, "[id='s:tabs:sessions']").contains(d.li()) ? true : null);
        assertFits(admin, "sessions-" + lang);
        admin.screenshot("console-sessions-" + lang);

        // the transcript of the transferred conversation
        WebElement row = until(admin, x -> x.findElements(By.cssSelector("[id='s:tabs:sessions'] tbody tr")).stream()
                .filter(r -> r.getText().startsWith(d.transferred() + "")).findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':transcript']")).click();
        String transcript = until(admin, x -> {
            String t = text(admin, "[id='transcript']");
            return t.contains(d.li()) && t.contains("★★★★") ? t : null;
        });
        assertTrue(transcript.contains(d.wang()) && transcript.contains(d.li()), transcript);
        assertTrue(transcript.contains("请小李跟进退款"), "the transfer note: " + transcript);
        assertTrue(transcript.contains("已告知退款时间"), "the summary: " + transcript);
        assertTrue(transcript.contains("处理很快"), "the rating's comment: " + transcript);
        assertFalse(transcript.contains("VISITOR") || transcript.contains("AGENT") || transcript.contains("SYSTEM"), transcript);
        Number width = (Number) js(admin, "var i = document.querySelector('[id=transcript] img.sb-picture');"
                + "return i && i.complete ? i.naturalWidth : 0");
        assertEquals(160, width.intValue(), "the picture is shown, not its file name");
        admin.screenshot("console-transcript-" + lang);
        js(admin, "PF('transcriptDialog').hide()");

        // ratings and summaries name the agent and the visitor
        click(admin, By.xpath("//a[contains(@href,'s:tabs:ratings')]"));
        until(admin, x -> text(admin, "[id='s:tabs:rating-table']").contains(d.li()) ? true : null);
        assertTrue(text(admin, "[id='s:tabs:rating-table']").contains(d.visitor()), text(admin, "[id='s:tabs:rating-table']"));
        assertFits(admin, "ratings-" + lang);
        click(admin, By.xpath("//a[contains(@href,'s:tabs:summaries')]"));
        until(admin, x -> text(admin, "[id='s:tabs:summary-table']").contains(d.visitor()) ? true : null);
        assertTrue(text(admin, "[id='s:tabs:summary-table']").contains(d.li()));
        assertFits(admin, "summaries-" + lang);

        for (String page : PAGES) {
            admin.driver.get(server.url("/admin/" + page + ".xhtml").toString());
            until(admin, x -> x.findElements(By.id("page-title")).isEmpty() ? null : true);
            String body = text(admin, "body");
            assertFalse(body.contains("???"), page + " has a missing translation: " + body);
            assertFits(admin, page + "-" + lang);
            if (page.equals("kpis")) {
                // each KPI with its definition on the page, in the page's language
                String definitions = text(admin, "[id='kpi-definitions']");
                assertTrue(definitions.contains(lang.equals("zh") ? "服务水平" : "Service level"), definitions);
                assertTrue(definitions.contains(lang.equals("zh") ? "占用率" : "Occupancy"), definitions);
            }
            if (page.equals("audit")) {
                List<String> actions = admin.driver.findElements(By.cssSelector(".sb-audit-action")).stream()
                        .map(WebElement::getText).toList();
                assertFalse(actions.isEmpty());
                assertTrue(actions.stream().noneMatch(a -> a.contains(".")), "translated, not codes: " + actions);
                assertTrue(actions.contains(lang.equals("zh") ? "修改成员" : "Changed members"), actions.toString());
                assertFalse(admin.driver.findElements(By.cssSelector(".sb-diff .sb-diff-after")).isEmpty(), "a field diff");
                assertTrue(body.contains(lang.equals("zh") ? "坐席" : "Agent"), body);
            }
            if (page.equals("monitor")) {
                assertTrue(body.contains(lang.equals("zh") ? "可接待" : "With room"), body);
            }
            admin.screenshot("console-" + page + "-" + lang);
        }
    }

    /**
     * Every visible table fits its box (no horizontal overflow), no header is squeezed below 48 px, no row is taller
     * than 110 px, and the page itself does not scroll sideways.
     */
    private final List<String> misfits = new java.util.ArrayList<>();

    private void assertFits(Chromium browser, String page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js(browser, """
                var problems = [];
                if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth);
                }
                document.querySelectorAll('.ui-datatable table:not(.sb-diff)').forEach(function (t) {
                  if (!t.offsetParent) { return; }
                  var box = t.parentElement;
                  if (t.scrollWidth > box.clientWidth + 1) {
                    problems.push((t.closest('[id]') || t).id + ' is ' + t.scrollWidth + ' px wide in ' + box.clientWidth);
                  }
                  if (t.closest('.sb-diff')) { return; }
                  t.querySelectorAll(':scope > thead > tr > th').forEach(function (th) {
                    if (th.offsetParent && th.getBoundingClientRect().width < 48) {
                      problems.push('column "' + th.innerText + '" is ' + Math.round(th.getBoundingClientRect().width) + ' px');
                    }
                  });
                  t.querySelectorAll(':scope > tbody > tr').forEach(function (tr) {
                    if (tr.getBoundingClientRect().height > 110) {
                      problems.push('a row is ' + Math.round(tr.getBoundingClientRect().height) + ' px tall: '
                          + tr.innerText.substring(0, 60));
                    }
                  });
                });
                return problems;""");
        problems.forEach(p -> misfits.add(page + ": " + p));
    }

    /** A tenant with two agents, a transferred conversation with a picture, a summary and a rating, and audit entries. */
    private Data data() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "layout");
        Api api = new Api(server, tenant.apiKey());
        String s = UUID.randomUUID().toString().substring(0, 6);
        long presales = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询")).body().get("id").asLong();
        long vip = api.post("/api/v1/skill-groups", Map.of("name", "VIP 贵宾售后服务")).body().get("id").asLong();
        String wang = "王小明";
        String li = "李晓华";
        long a = agent(api, "wang-" + s, wang, "1001");
        long b = agent(api, "li-" + s, li, "1002");
        api.put("/api/v1/skill-groups/" + presales + "/members", List.of(Map.of("agentId", a), Map.of("agentId", b)));
        api.put("/api/v1/skill-groups/" + vip + "/members", List.of(Map.of("agentId", b)));
        api.put("/api/v1/agents/" + a + "/status", Map.of("status", "ONLINE"));
        api.put("/api/v1/agents/" + b + "/status", Map.of("status", "BUSY"));
        api.post("/api/v1/sensitive-words", Map.of("word", "代开发票"));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "官网 www.example.com")).body().get("siteKey").asText();

        // a web visitor, served by 王, transferred to 李 with a note, a picture, a summary, a 4-star rating
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, site, "layout-v-" + s, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"l1\",\"text\":\"我想申请退款，订单 4242\",\"skillGroupId\":" + presales + "}", true);
        long id = frames.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        String path = "/api/v1/conversations/" + id;
        assertEquals(200, api.post(path + "/messages", Map.of("agentId", a, "text", "您好，我帮您转给售后同事")).status());
        api.put("/api/v1/agents/" + b + "/status", Map.of("status", "ONLINE"));
        assertEquals(200, api.post(path + "/transfer", Map.of("fromAgentId", a, "toAgentId", b, "note", "请小李跟进退款")).status());
        assertEquals(200, api.post(path + "/transfer/answer", Map.of("agentId", b, "accept", true)).status());
        String file = api.postFile("/api/v1/files", "refund.png", WidgetBrowserIT.picture()).body().get("id").asText();
        assertEquals(200, api.post(path + "/messages", Map.of("agentId", b, "attachmentId", file)).status());
        assertEquals(200, api.post(path + "/messages", Map.of("agentId", b, "text", "退款将在 3 个工作日内到账")).status());
        socket.sendText("{\"type\":\"rate\",\"conversationId\":" + id + ",\"score\":4,\"comment\":\"处理很快\"}", true);
        frames.await(f -> AgentSocketIT.is(f, "rated"));
        assertEquals(200, api.put(path + "/summary", Map.of("agentId", b, "category", "售后", "note", "已告知退款时间",
                "tags", List.of("退款", "VIP"))).status());
        assertEquals(200, api.post(path + "/close", Map.of("agentId", b)).status());

        // a conversation that is still open
        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "layout-app-" + s, "clientMessageId",
                "layout-app-" + s, "text", "App 里的问题：优惠券怎么用？", "skillGroupId", presales)).status());
        Poll.until(Duration.ofSeconds(20), "the app user's conversation", () ->
                api.get("/api/v1/conversations?state=ASSIGNED").body().get("total").asInt() > 0 ? true : null);
        socket.abort();
        String visitor = api.get(path).body().get("visitorName").asText();
        // a bot with a long rule and a mined question, so its tables have rows
        long bot = api.post("/api/v1/bots", Map.of("name", "售后助手")).body().get("id").asLong();
        api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "退款多久到账",
                "variants", List.of("退款什么时候到账", "钱多久能退回来", "退款几天到"),
                "answer", "原路退回，1–3 个工作日到账；信用卡以银行入账时间为准，如超过 7 个工作日未到账请联系人工客服。"));
        api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", "积分怎么兑换礼品", "recordMiss", true));
        return new Data(tenant, api, id, wang, li, visitor);
    }

    private static long agent(Api api, String username, String name, String employeeNo) {
        Api.Reply r = api.post("/api/v1/agents", Map.of("username", username, "displayName", name,
                "password", "Pw-" + UUID.randomUUID(), "employeeNo", employeeNo));
        assertEquals(201, r.status(), r.toString());
        return r.body().get("agentId").asLong();
    }


}
