package io.switchboard.it;

import static io.switchboard.it.ConsolePage.click;
import static io.switchboard.it.ConsolePage.idle;
import static io.switchboard.it.ConsolePage.js;
import static io.switchboard.it.ConsolePage.text;
import static io.switchboard.it.ConsolePage.type;
import static io.switchboard.it.ConsolePage.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The flow designer (FL-1) in a real browser, in Chinese: a 10 MB import is refused; an administrator creates a flow, adds a menu from the
 * palette and fills in its form, checks the flow and sees each problem named at its node (the node marked on the
 * canvas), is refused when publishing it so (no version is made), connects the exits by dragging on the canvas,
 * publishes version 1, and tries the draft as a visitor: the menu's buttons, a click, the end.
 */
@ExtendWith(SwitchboardServer.class)
class ConsoleFlowDesignerBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void anAdministratorBuildsChecksPublishesAndTriesAFlow() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "flow-ui");
        Api api = new Api(server, tenant.apiKey());
        try (Chromium admin = new Chromium(1500, 1100, "zh-CN")) {
            try {
                run(admin, tenant, api);
            } catch (RuntimeException | Error e) {
                admin.screenshot("console-flow-designer-failure");
                throw e;
            }
        }
    }

    private void run(Chromium admin, Api.Tenant tenant, Api api) throws java.io.IOException {
        ConsolePage.login(admin, server, "/admin/flows.xhtml", tenant.adminUsername(), tenant.adminPassword());
        until(admin, d -> text(admin, "[id='flows:table']").contains("还没有会话流程") ? true : null);

        // a 10 MB import is refused with a message, and adds nothing
        Path huge = Files.createTempFile("flow", ".json");
        Files.write(huge, new byte[10 * 1024 * 1024]);
        click(admin, By.id("new-flow:import"));
        until(admin, d -> d.findElement(By.id("import-form:file"))).sendKeys(huge.toAbsolutePath().toString());
        click(admin, By.id("import-form:upload"));
        until(admin, d -> text(admin, ".ui-growl").contains("会话流程文件不能超过 1 MB") ? true : null);
        assertEquals(0, api.get("/api/v1/flows").body().get("total").asInt());
        Files.delete(huge);

        type(admin, "new-flow:name", "售前导航");
        click(admin, By.id("new-flow:create"));
        // the new flow opens in the designer with its starter draft: start → end
        until(admin, d -> d.getCurrentUrl().contains("flow.xhtml?id=") ? true : null);
        long flow = Long.parseLong(admin.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        until(admin, d -> node(admin, "start") != null && node(admin, "end") != null ? true : null);

        // a menu from the palette, its form filled in
        click(admin, By.id("add-MENU"));
        until(admin, d -> node(admin, "menu") != null ? true : null);
        WebElement text = until(admin, d -> d.findElement(By.id("sb-f-text")));
        text.clear();
        text.sendKeys("请选择服务：");
        WebElement options = admin.driver.findElement(By.id("sb-f-options"));
        options.clear();
        options.sendKeys("1=查订单\n2=再见");
        click(admin, By.id("sb-flow-apply"));
        until(admin, d -> text(admin, "[data-node='menu'] .sb-node-ports").contains("2") ? true : null);

        // checked: each problem is named at its node, and the node is marked on the canvas
        click(admin, By.id("flow:check"));
        String problems = until(admin, d -> {
            String t = text(admin, "#problem-list");
            return t.contains("从开始节点无法到达该节点") ? t : null;
        });
        assertTrue(problems.contains("menu") && problems.contains("出口 1 没有连接到任何节点")
                && problems.contains("出口 2 没有连接到任何节点"), problems);
        assertEquals(Boolean.TRUE, js(admin, "return document.querySelector(\"[data-node='menu']\")"
                + ".closest('.drawflow-node').classList.contains('sb-node-problem')"));
        admin.screenshot("console-flow-problems-zh");

        // publishing it so is refused: the problems stay listed, and no version is made
        click(admin, By.id("flow:publish"));
        click(admin, By.id("flow:confirm-yes"));
        idle(admin);
        until(admin, d -> text(admin, ".ui-growl").contains("会话流有 3 个问题") ? true : null);
        JsonNode detail = api.get("/api/v1/flows/" + flow).body();
        assertEquals(0, detail.get("versions").size(), detail.toString());
        assertTrue(detail.get("draft").toString().contains("请选择服务："), "the draft was saved as drawn");

        // the exits connected by dragging on the canvas (a new edge from start's exit replaces start → end)
        drag(admin, "start", 1, "menu");
        drag(admin, "menu", 1, "end");
        drag(admin, "menu", 2, "end");
        click(admin, By.id("flow:check"));
        until(admin, d -> text(admin, "#problems-none").contains("校验通过") ? true : null);

        click(admin, By.id("flow:publish"));
        click(admin, By.id("flow:confirm-yes"));
        until(admin, d -> text(admin, "[id='versions:table']").contains("v1") ? true : null);
        detail = api.get("/api/v1/flows/" + flow).body();
        assertEquals(1, detail.get("flow").get("activeVersion").asInt(), detail.toString());
        JsonNode edges = api.get("/api/v1/flows/" + flow + "/versions/1").body().get("edges");
        assertEquals(3, edges.size(), edges.toString());
        admin.screenshot("console-flow-designer-zh");

        // try it: the menu with its buttons; a click on one follows its exit to the end
        click(admin, By.id("try:start"));
        until(admin, d -> text(admin, "#chat").contains("请选择服务：") ? true : null);
        click(admin, By.xpath("//div[@id='chat']//button[.//span[text()='查订单']]"));
        String chat = until(admin, d -> {
            String t = text(admin, "#chat");
            return t.contains("流程结束") ? t : null;
        });
        assertTrue(chat.indexOf("请选择服务：") < chat.indexOf("流程结束"), chat);
        js(admin, "document.getElementById('try').scrollIntoView({block: 'end'})");
        admin.screenshot("console-flow-try-zh");

        // a hostile draft (imported or put through the API): its label is shown on the canvas as text and its node id
        // is named in the problems, and nothing of either runs, also when the problems' links are clicked
        long hostile = api.post("/api/v1/flows", java.util.Map.of("name", "恶意")).body().get("flow").get("id").asLong();
        String id = "x');window.sbHacked=1;('";
        api.put("/api/v1/flows/" + hostile + "/draft", java.util.Map.of("nodes", java.util.List.of(
                java.util.Map.of("id", "start", "kind", "START"),
                java.util.Map.of("id", id, "kind", "END", "label", "\"><img src=x onerror=\"window.sbHacked=2\">")),
                "edges", java.util.List.of(java.util.Map.of("from", "start", "port", "next", "to", id))));
        admin.driver.get(server.url("/admin/flow.xhtml?id=" + hostile).toString());
        until(admin, d -> node(admin, "start") != null ? true : null);
        click(admin, By.id("flow:check"));
        until(admin, d -> text(admin, "#problem-list").contains(id) ? true : null);
        String listed = text(admin, "#problem-list");
        int links = admin.driver.findElements(By.cssSelector("#problem-list a")).size();
        for (int i = 0; i < links; i++) {
            admin.driver.findElements(By.cssSelector("#problem-list a")).get(i).click();
        }
        assertTrue(links >= 1, listed);
        assertEquals(Boolean.TRUE, js(admin, "return window.sbHacked === undefined"), "nothing of the draft ran: " + listed);
        assertTrue(text(admin, "#sb-flow-canvas").contains("<img src=x"), "the label is shown as text");
    }

    /** The canvas node of a flow node id, or null. */
    private static WebElement node(Chromium b, String id) {
        return b.driver.findElements(By.xpath("//div[contains(@class,'drawflow-node')][.//div[@data-node='" + id + "']]"))
                .stream().findFirst().orElse(null);
    }

    /** Drags from a node's exit (1-based) to another node's entry, as a person connects them. */
    private static void drag(Chromium b, String from, int output, String to) {
        WebElement out = node(b, from).findElement(By.cssSelector(".outputs .output_" + output));
        WebElement in = node(b, to).findElement(By.cssSelector(".inputs .input_1"));
        new Actions(b.driver).moveToElement(out).clickAndHold().pause(100).moveToElement(in).pause(100).release().perform();
        until(b, d -> Boolean.TRUE.equals(js(b, "var a = arguments; return sbFlow.graph().edges.some(function (e) {"
                + " return e.from === a[0] && e.to === a[1]; })", from, to)) ? true : null);
    }
}
