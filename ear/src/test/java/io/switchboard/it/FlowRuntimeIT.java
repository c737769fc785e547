package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A widget visitor runs through a published flow (FL-1) over the real socket and the durable inbound path: a menu
 * (a wrong choice, then a button's label), a phone number (a wrong one first), an API call to a partner whose first
 * answer fails and whose retry answers, a condition on the answer, a message with the collected variables, and the
 * FAQ bot answering a question until the visitor asks for a person (转人工), and the transfer to an online agent, who
 * sees the bot's lines and the variables in the workbench.
 */
@ExtendWith(SwitchboardServer.class)
class FlowRuntimeIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aVisitorGoesThroughMenuPhoneApiAndConditionToAnAgentWhoSeesTheVariables() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        HttpServer partner = HttpServer.create(new InetSocketAddress(SwitchboardServer.RECEIVER_ADDRESS, 0), 0);
        partner.createContext("/orders", exchange -> {
            calls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean fail = answered.getAndIncrement() == 0; // the first call fails, the retry answers
            byte[] body = (fail ? "{\"error\":\"busy\"}" : "{\"data\":{\"level\":\"gold\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        partner.start();
        try {
            run("http://" + SwitchboardServer.RECEIVER_ADDRESS + ":" + partner.getAddress().getPort() + "/orders", calls);
        } finally {
            partner.stop(0);
        }
    }

    private void run(String url, List<String> calls) throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "flowrun");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "会员服务")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "flow-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小周", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();

        // a FAQ bot with two rules
        Api.Reply createdBot = api.post("/api/v1/bots", Map.of("name", "售后助手", "welcome", "我是售后助手，请问有什么可以帮您？",
                "repeatReply", "这个问题刚刚回答过了："));
        assertEquals(201, createdBot.status(), createdBot.toString());
        long bot = createdBot.body().get("id").asLong();
        Api.Reply refundRule = api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "怎么申请退款",
                "variants", List.of("退款流程是什么", "如何退款"), "answer", "在订单页点“申请退款”，1–3 个工作日原路退回。",
                "followUps", List.of("退款多久到账", "可以部分退款吗")));
        assertEquals(201, refundRule.status(), refundRule.toString());
        assertEquals(List.of("退款多久到账", "可以部分退款吗"), Api.JSON.convertValue(refundRule.body().get("followUps"), List.class));
        Api.Reply hot = api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "怎么修改收货地址",
                "variants", List.of("地址填错了怎么改"), "answer", "发货前可以在订单页修改地址。", "hot", true,
                "imageUrl", "https://example.com/address.png"));
        assertEquals(201, hot.status(), hot.toString());
        assertTrue(hot.body().get("hot").asBoolean(), "a hot question (热门问题)");
        long hotRule = hot.body().get("id").asLong();

        long flow = api.post("/api/v1/flows", Map.of("name", "会员接待")).body().get("flow").get("id").asLong();
        Api.Reply draft = api.put("/api/v1/flows/" + flow + "/draft", graph(group, url, bot));
        assertEquals(0, draft.body().get("problems").size(), draft.toString());
        assertEquals(201, api.post("/api/v1/flows/" + flow + "/publish", Map.of()).status());

        // every web conversation goes to the flow first
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ArrayNode rules = settings.putArray("rules");
        rules.addObject().put("match", "DEFAULT").put("target", "BOT").put("flowId", flow);
        Api.Reply unknownFlow = api.put("/api/v1/routing-settings", withRuleFlow(settings, flow + 100_000));
        assertEquals(400, unknownFlow.status(), unknownFlow.toString());
        assertEquals("routing.ruleFlowNotFound", unknownFlow.body().get("code").asText());
        Api.Reply saved = api.put("/api/v1/routing-settings", withRuleFlow(settings, flow));
        assertEquals(200, saved.status(), saved.toString());

        String visitor = "anon-" + suffix;
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, site, visitor, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        AtomicInteger sent = new AtomicInteger();
        Sender say = text -> socket.sendText("{\"type\":\"send\",\"clientId\":\"f" + sent.incrementAndGet() + "-" + suffix
                + "\",\"text\":\"" + text + "\"}", true);

        say.send("你好");
        JsonNode menu = frames.await(f -> bot(f, "您好 " + visitor + "，请选择："));
        assertEquals(List.of("1=查订单", "2=转人工"), buttons(menu), menu.toString());
        long conversation = menu.get("conversationId").asLong();

        say.send("查什么");
        JsonNode wrong = frames.await(f -> bot(f, "您的输入错误，请重新输入。"));
        assertEquals(List.of("1=查订单", "2=转人工"), buttons(wrong), "the menu is offered again");
        say.send("查订单"); // what a click on the button sends
        frames.await(f -> bot(f, "请输入手机号"));
        say.send("明天打给我");
        frames.await(f -> bot(f, "您的输入错误，请重新输入。") && f.get("seq").asLong() > wrong.get("seq").asLong());
        say.send("13800138000");
        frames.await(f -> bot(f, "尊贵的 gold 会员 13800138000，先由售后助手为您解答"));
        JsonNode welcome = frames.await(f -> bot(f, "我是售后助手，请问有什么可以帮您？"));
        assertEquals(List.of("q" + hotRule + "=怎么修改收货地址"), buttons(welcome), "the hot question as a button");
        say.send("怎么修改收货地址"); // a click on the button sends its label
        frames.await(f -> bot(f, "发货前可以在订单页修改地址。\nhttps://example.com/address.png")); // with its image
        say.send("请问如何退款？");
        JsonNode refund = frames.await(f -> bot(f, "在订单页点“申请退款”，1–3 个工作日原路退回。"));
        assertEquals(List.of("f1=退款多久到账", "f2=可以部分退款吗"), buttons(refund), "the follow-up questions as a menu");
        say.send("退款流程是什么"); // the same question again: the repeated-question reply before the answer
        frames.await(f -> bot(f, "这个问题刚刚回答过了：\n在订单页点“申请退款”，1–3 个工作日原路退回。"));
        say.send("转人工");
        JsonNode assigned = frames.await(f -> AgentSocketIT.is(f, "message") && "ASSIGNED".equals(f.path("code").asText()));
        assertEquals(conversation, assigned.get("conversationId").asLong());

        assertEquals(2, calls.size(), "one failed call and its retry: " + calls);
        assertEquals(Api.JSON.readTree("{\"phone\":\"13800138000\",\"visitor\":\"" + visitor + "\"}"),
                Api.JSON.readTree(calls.get(1)), "the body built from the variables");
        JsonNode run = api.get("/api/v1/conversations/" + conversation + "/flow").body();
        assertEquals("transferred", run.get("outcome").asText(), run.toString());
        assertEquals("13800138000", run.get("variables").get("phone").asText());
        assertEquals("gold", run.get("variables").get("level").asText());
        assertEquals(1, run.get("version").asInt());
        assertEquals(agent, api.get("/api/v1/conversations/" + conversation).body().get("agentId").asLong());

        // the agent's workbench: the bot's lines with the menu's choices, and what the flow collected
        Browser desk = new Browser(server, "zh-CN");
        assertEquals(302, desk.login(username, password).statusCode());
        HttpResponse<String> workbench = desk.get("/agent/index.xhtml");
        assertEquals(200, workbench.statusCode());
        String page = workbench.body();
        assertTrue(page.contains("wb-line wb-from-bot"), "bot lines are shown as the bot's");
        assertTrue(page.contains("[1] 查订单"), "with the menu's choices");
        String panel = page.substring(page.indexOf("id=\"flow-variables\""));
        assertTrue(panel.contains("会员接待 (v1)") && panel.contains(">phone</dt><dd>13800138000<")
                && panel.contains(">level</dt><dd>gold<"), panel.substring(0, Math.min(600, panel.length())));

        // another tenant cannot read the run
        Api other = new Api(server, Api.newTenant(server, "flowrun2").apiKey());
        assertEquals(404, other.get("/api/v1/conversations/" + conversation + "/flow").status());
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    /** A visitor who says nothing at the bot gets its timeout reply when the bot node's wait ends, and the chat ends. */
    @Test
    void aSilentVisitorGetsTheBotsTimeoutReply() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "flowquiet");
        Api api = new Api(server, tenant.apiKey());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        long bot = api.post("/api/v1/bots", Map.of("name", "问答", "welcome", "请问有什么可以帮您？",
                "timeoutReply", "您很久没有回复，本次会话先结束了。")).body().get("id").asLong();
        assertEquals("您很久没有回复，本次会话先结束了。", api.get("/api/v1/bots/" + bot).body().get("timeoutReply").asText());
        long flow = api.post("/api/v1/flows", Map.of("name", "问答")).body().get("flow").get("id").asLong();
        Map<String, Object> g = new HashMap<>();
        g.put("nodes", List.of(Map.of("id", "start", "kind", "START"),
                Map.of("id", "faq", "kind", "BOT", "botId", bot, "timeoutSeconds", 5),
                Map.of("id", "bye", "kind", "END", "text", "再见")));
        g.put("edges", List.of(edge("start", "next", "faq"), edge("faq", "next", "bye")));
        Api.Reply draft = api.put("/api/v1/flows/" + flow + "/draft", g);
        assertEquals(0, draft.body().get("problems").size(), draft.toString());
        assertEquals(201, api.post("/api/v1/flows/" + flow + "/publish", Map.of()).status());
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        settings.putArray("rules").addObject().put("match", "DEFAULT").put("target", "BOT").put("flowId", flow);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());

        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, site, "quiet-" + UUID.randomUUID(), 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"q1\",\"text\":\"你好\"}", true);
        JsonNode welcome = frames.await(f -> bot(f, "请问有什么可以帮您？"));
        long conversation = welcome.get("conversationId").asLong();
        long welcomedAt = System.nanoTime();
        frames.await(f -> bot(f, "您很久没有回复，本次会话先结束了。"));
        assertTrue(System.nanoTime() - welcomedAt >= 4_000_000_000L, "said once the bot's 5 s wait ended");
        Poll.until(java.time.Duration.ofSeconds(10), "the conversation ended", () -> List.of("CLOSED", "ABANDONED",
                "TIMED_OUT").contains(api.get("/api/v1/conversations/" + conversation).body().path("state").asText())
                ? true : null);
    }

    private interface Sender {
        void send(String text);
    }

    private static boolean bot(JsonNode f, String body) {
        return AgentSocketIT.is(f, "message") && "BOT".equals(f.path("sender").asText()) && body.equals(f.path("body").asText());
    }

    private static List<String> buttons(JsonNode message) {
        List<String> out = new ArrayList<>();
        message.path("buttons").forEach(b -> out.add(b.get("key").asText() + "=" + b.get("label").asText()));
        return out;
    }

    private static ObjectNode withRuleFlow(ObjectNode settings, long flowId) {
        ObjectNode copy = settings.deepCopy();
        ((ObjectNode) copy.get("rules").get(0)).put("flowId", flowId);
        return copy;
    }

    /** Menu → collect phone → API (one retry) → condition on its answer → message → FAQ bot → transfer; failures end. */
    private static Map<String, Object> graph(long group, String url, long bot) {
        List<Object> nodes = List.of(
                Map.of("id", "start", "kind", "START"),
                Map.of("id", "menu", "kind", "MENU", "text", "您好 ${visitor.name}，请选择：", "options",
                        List.of(Map.of("key", "1", "label", "查订单"), Map.of("key", "2", "label", "转人工"))),
                Map.of("id", "phone", "kind", "COLLECT", "text", "请输入手机号", "variable", "phone", "input", "PHONE"),
                Map.of("id", "api", "kind", "HTTP", "url", url, "retries", 1, "timeoutSeconds", 5,
                        "body", Map.of("phone", "${phone}", "visitor", "${visitor.id}"),
                        "outputs", List.of(Map.of("variable", "level", "path", "$.data.level", "defaultValue", "normal"))),
                Map.of("id", "vip", "kind", "CONDITION", "branches", List.of(Map.of("port", "gold", "checks",
                        List.of(Map.of("subject", "VARIABLE", "name", "level", "op", "EQUALS", "value", "gold"))))),
                Map.of("id", "hello", "kind", "MESSAGE", "text", "尊贵的 ${level} 会员 ${phone}，先由售后助手为您解答"),
                Map.of("id", "faq", "kind", "BOT", "botId", bot),
                Map.of("id", "human", "kind", "TRANSFER", "skillGroupId", group),
                Map.of("id", "bye", "kind", "END", "text", "感谢您的咨询"));
        List<Object> edges = List.of(edge("start", "next", "menu"), edge("menu", "1", "phone"),
                edge("menu", "2", "human"), edge("phone", "next", "api"), edge("api", "next", "vip"),
                edge("vip", "gold", "hello"), edge("vip", "default", "bye"), edge("hello", "next", "faq"), edge("faq", "next", "human"),
                edge("human", "failed", "bye"));
        Map<String, Object> g = new HashMap<>();
        g.put("nodes", nodes);
        g.put("edges", edges);
        return g;
    }

    private static Map<String, String> edge(String from, String port, String to) {
        return Map.of("from", from, "port", port, "to", to);
    }
}
