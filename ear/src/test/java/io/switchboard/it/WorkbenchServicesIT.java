package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services behind the workbench's actions (issue 5), on the running server: service summary required before
 * close, invite rating, my records, transfer timeout and wrap-up timeout, quick replies, visitor tags and contacts.
 */
@ExtendWith(SwitchboardServer.class)
class WorkbenchServicesIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Desk(Api api, long group, List<Long> agents, String site) {
    }

    private Desk desk(String prefix, int agents) {
        Api api = new Api(server, Api.newTenant(server, prefix).apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            Api.Reply a = api.post("/api/v1/agents", Map.of("username", prefix + i + "-" + suffix, "displayName", "坐席" + i,
                    "password", "Secret-" + suffix));
            assertEquals(201, a.status(), a.toString());
            ids.add(a.body().get("agentId").asLong());
            members.add(Map.of("agentId", ids.get(i), "priority", i + 1));
        }
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members", members).status());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        return new Desk(api, group, ids, site);
    }

    private static void status(Api api, long agent, String status) {
        Api.Reply r = api.put("/api/v1/agents/" + agent + "/status", Map.of("status", status));
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void summaryIsRequiredBeforeCloseTheVisitorIsInvitedToRateAndTheChatIsInMyRecords() throws Exception {
        Desk d = desk("summ", 2);
        long agent = d.agents().get(0);
        long other = d.agents().get(1);
        status(d.api(), agent, "ONLINE");

        JsonNode defaults = d.api().get("/api/v1/desk-settings").body();
        assertFalse(defaults.get("summaryRequired").asBoolean());
        assertEquals("咨询", defaults.get("summaryCategories").get(0).asText(), defaults.toString());
        Api.Reply badCrm = d.api().put("/api/v1/desk-settings", Map.of("summaryRequired", true,
                "summaryCategories", List.of("退货", "物流"), "crmUrl", "https://crm.example.com/?p={phone}"));
        assertEquals(400, badCrm.status(), badCrm.toString());
        assertTrue(badCrm.body().get("detail").asText().contains("{phone}"), badCrm.toString());
        Api.Reply saved = d.api().put("/api/v1/desk-settings", Map.of("summaryRequired", true,
                "summaryCategories", List.of("退货", "物流"), "crmUrl", "https://crm.example.com/c?v={visitorId}&a={agentId}"));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(2, d.api().get("/api/v1/desk-settings").body().get("summaryCategories").size());

        String visitor = "summ-v-" + UUID.randomUUID().toString().substring(0, 6);
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, d.site(), visitor, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"s1\",\"text\":\"我要退货，订单 7788\",\"skillGroupId\":" + d.group() + "}", true);
        long id = frames.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        String path = "/api/v1/conversations/" + id;

        // AG-2 invite rating: the widget is told, the invitation line is in the transcript, once rated no more
        assertEquals(200, d.api().post(path + "/rating-invite", Map.of("agentId", agent)).status());
        // the line first, then the state change that opens the widget's rating form
        frames.await(f -> AgentSocketIT.is(f, "message") && "请对我们的服务做出评价".equals(f.get("body").asText()));
        frames.await(f -> AgentSocketIT.is(f, "state") && "RATING_INVITED".equals(f.get("event").asText()));
        assertEquals(409, d.api().post(path + "/rating-invite", Map.of("agentId", other)).status(), "not the other agent's");
        socket.sendText("{\"type\":\"rate\",\"conversationId\":" + id + ",\"score\":5,\"comment\":\"很好\"}", true);
        frames.await(f -> AgentSocketIT.is(f, "rated"));
        Api.Reply again = d.api().post(path + "/rating-invite", Map.of("agentId", agent));
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.body().get("detail").asText().contains("already rated"));

        // the summary is required before the agent ends; a wrong category or another agent is refused
        Api.Reply early = d.api().post(path + "/close", Map.of("agentId", agent));
        assertEquals(409, early.status(), early.toString());
        assertTrue(early.body().get("detail").asText().contains("summary"), early.toString());
        assertEquals("ASSIGNED", d.api().get(path).body().get("state").asText(), "still open");
        Api.Reply wrongCategory = d.api().put(path + "/summary", Map.of("agentId", agent, "category", "咨询"));
        assertEquals(400, wrongCategory.status(), wrongCategory.toString());
        assertEquals(403, d.api().put(path + "/summary", Map.of("agentId", other, "category", "退货")).status());
        assertEquals(404, d.api().get(path + "/summary").status());
        Api.Reply summary = d.api().put(path + "/summary", Map.of("agentId", agent, "category", "退货",
                "note", "已告知退货流程", "tags", List.of("#退货", "VIP", "VIP")));
        assertEquals(200, summary.status(), summary.toString());
        assertEquals(List.of("退货", "VIP"), List.of(summary.body().get("tags").get(0).asText(), summary.body().get("tags").get(1).asText()));
        assertEquals(200, d.api().post(path + "/close", Map.of("agentId", agent)).status());
        assertEquals("已告知退货流程", d.api().get(path + "/summary").body().get("note").asText());
        // a visitor may still leave without a summary: the rule is the agent's
        // supervisors process summaries
        JsonNode open = d.api().get("/api/v1/service-summaries?processed=false").body();
        assertEquals(1, open.get("total").asLong(), open.toString());
        assertEquals(200, d.api().post("/api/v1/service-summaries/" + id + "/processed", Map.of("accountId", other)).status());
        assertEquals(0, d.api().get("/api/v1/service-summaries?processed=false").body().get("total").asLong());
        assertEquals(1, d.api().get("/api/v1/service-summaries?processed=true").body().get("total").asLong());

        // AG-5 my records: found by a word of the transcript and by visitor id, not by a word nobody wrote
        JsonNode byText = d.api().get("/api/v1/agents/" + agent + "/records?q=7788").body();
        assertEquals(1, byText.get("total").asLong(), byText.toString());
        assertEquals(id, byText.get("items").get(0).get("id").asLong());
        assertEquals(1, d.api().get("/api/v1/agents/" + agent + "/records?q=" + visitor.substring(0, 8)).body().get("total").asLong());
        assertEquals(0, d.api().get("/api/v1/agents/" + agent + "/records?q=nothing-like-this").body().get("total").asLong());
        assertEquals(0, d.api().get("/api/v1/agents/" + other + "/records").body().get("total").asLong(), "only my own");
        assertEquals(404, d.api().get("/api/v1/agents/999999/records").status());
        socket.abort();
    }

    @Test
    void anUnansweredTransferFallsBackAndTheWrapUpEndsByItself() throws Exception {
        Desk d = desk("tmo", 2);
        long from = d.agents().get(0);
        long to = d.agents().get(1);
        ObjectNode settings = (ObjectNode) d.api().get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("transfer")).put("confirmSeconds", 5);
        settings.set("wrapUp", Api.JSON.valueToTree(Map.of("enabled", true, "seconds", 3)));
        assertEquals(200, d.api().put("/api/v1/routing-settings", settings).status());
        status(d.api(), from, "ONLINE");
        long id = d.api().post("/api/v1/conversations", Map.of("visitorId", "tmo-v", "channel", "WEB",
                "skillGroupId", d.group())).body().get("id").asLong();
        status(d.api(), to, "ONLINE");
        Api.Reply offered = d.api().post("/api/v1/conversations/" + id + "/transfer",
                Map.of("fromAgentId", from, "toAgentId", to, "note", "客户要发票"));
        assertEquals(200, offered.status(), offered.toString());
        assertEquals("客户要发票", offered.body().get("transferNote").asText());

        // nobody answers within 5 s: the offer lapses and the conversation stays with the first agent
        JsonNode lapsed = Poll.until(Duration.ofSeconds(30), "transfer offer lapsed", () -> {
            JsonNode c = d.api().get("/api/v1/conversations/" + id).body();
            return c.hasNonNull("transferToAgentId") ? null : c;
        });
        assertEquals(from, lapsed.get("agentId").asLong());
        assertEquals("ASSIGNED", lapsed.get("state").asText());
        assertFalse(lapsed.hasNonNull("transferNote"));
        Api.Reply late = d.api().post("/api/v1/conversations/" + id + "/transfer/answer", Map.of("agentId", to, "accept", true));
        assertEquals(409, late.status(), "too late to accept: " + late);

        // the wrap-up after the end lasts 3 s, then the seat is ONLINE by itself
        assertEquals(200, d.api().post("/api/v1/conversations/" + id + "/close", Map.of("agentId", from)).status());
        assertEquals("WRAP_UP", d.api().get("/api/v1/agents/" + from).body().get("status").asText());
        Poll.until(Duration.ofSeconds(30), "wrap-up over",
                () -> "ONLINE".equals(d.api().get("/api/v1/agents/" + from).body().get("status").asText()) ? true : null);
    }

    @Test
    void quickRepliesArePublicOrAnAgentsOwn() {
        Desk d = desk("qr", 2);
        long mine = d.agents().get(0);
        long theirs = d.agents().get(1);
        long category = d.api().post("/api/v1/quick-replies/categories", Map.of("name", "售后", "sortOrder", 1)).body()
                .get("id").asLong();
        Api.Reply pub = d.api().post("/api/v1/quick-replies", Map.of("categoryId", category, "title", "退货流程",
                "body", "请在订单页点击申请售后"));
        assertEquals(201, pub.status(), pub.toString());
        assertTrue(pub.body().get("shared").asBoolean());
        Api.Reply own = d.api().post("/api/v1/quick-replies", Map.of("agentId", mine, "title", "我的问候", "body", "您好，我是小王"));
        assertEquals(201, own.status(), own.toString());
        long ownId = own.body().get("id").asLong();
        assertEquals(400, d.api().post("/api/v1/quick-replies", Map.of("title", " ", "body", "x")).status());
        long privateCategory = d.api().post("/api/v1/quick-replies/categories", Map.of("agentId", theirs, "name", "私有", "sortOrder", 1))
                .body().get("id").asLong();
        Api.Reply foreignCategory = d.api().post("/api/v1/quick-replies", Map.of("agentId", mine, "categoryId", privateCategory,
                "title", "t", "body", "b"));
        assertEquals(400, foreignCategory.status(), "not into another agent's category: " + foreignCategory);

        assertEquals(2, d.api().get("/api/v1/quick-replies?agentId=" + mine).body().get("total").asLong());
        JsonNode seenByOther = d.api().get("/api/v1/quick-replies?agentId=" + theirs).body();
        assertEquals(1, seenByOther.get("total").asLong(), "another agent's own replies are not seen");
        assertEquals("售后", seenByOther.get("items").get(0).get("categoryName").asText());
        JsonNode found = d.api().get("/api/v1/quick-replies?agentId=" + mine + "&q=%E5%94%AE%E5%90%8E").body(); // 售后
        assertEquals(1, found.get("total").asLong(), found.toString());
        assertEquals("退货流程", found.get("items").get(0).get("title").asText());
        assertEquals(0, d.api().get("/api/v1/quick-replies?agentId=" + mine + "&q=50%25").body().get("total").asLong(),
                "a % in the query is a character, not a wildcard");

        long pubId = pub.body().get("id").asLong();
        assertEquals(403, d.api().put("/api/v1/quick-replies/" + pubId, Map.of("agentId", mine, "title", "x", "body", "y")).status());
        assertEquals(404, d.api().delete("/api/v1/quick-replies/" + ownId + "?agentId=" + theirs).status());
        Api.Reply changed = d.api().put("/api/v1/quick-replies/" + ownId, Map.of("agentId", mine, "title", "问候", "body", "您好！"));
        assertEquals("您好！", changed.body().get("body").asText());
        assertEquals(204, d.api().delete("/api/v1/quick-replies/" + ownId + "?agentId=" + mine).status());
        assertEquals(204, d.api().delete("/api/v1/quick-replies/categories/" + category).status());
        JsonNode after = d.api().get("/api/v1/quick-replies?agentId=" + mine).body();
        assertEquals(1, after.get("total").asLong());
        assertFalse(after.get("items").get(0).hasNonNull("categoryId"), "a deleted category leaves its replies");
    }

    @Test
    void visitorsAreTaggedAndBecomeContacts() {
        Desk d = desk("tag", 1);
        String v = "/api/v1/visitors/tag-v1";
        assertEquals(List.of("VIP"), strings(d.api().put(v + "/tags/VIP", Map.of()).body()));
        assertEquals(List.of("VIP", "退货"), strings(d.api().put(v + "/tags/%23%E9%80%80%E8%B4%A7", Map.of()).body())); // #退货
        assertEquals(List.of("VIP", "退货"), strings(d.api().put(v + "/tags/VIP", Map.of()).body()), "no duplicate");
        assertEquals(List.of("退货"), strings(d.api().delete(v + "/tags/VIP").body()));
        assertEquals(400, d.api().put(v + "/tags/" + "x".repeat(31), Map.of()).status());
        assertEquals(List.of(), strings(d.api().get("/api/v1/visitors/tag-v1/tags?channel=IM_API").body()), "per channel");

        assertEquals(404, d.api().get(v + "/contact").status());
        Api.Reply noWay = d.api().put(v + "/contact", Map.of("name", "王先生"));
        assertEquals(400, noWay.status(), "a contact needs a phone or e-mail: " + noWay);
        Api.Reply made = d.api().put(v + "/contact", Map.of("name", "王先生", "phone", "13800000000", "company", "示例公司"));
        assertEquals(200, made.status(), made.toString());
        long contact = made.body().get("id").asLong();
        assertEquals("13800000000", d.api().get(v + "/contact").body().get("phone").asText());
        Api.Reply linked = d.api().put("/api/v1/visitors/tag-v2/contact", Map.of("contactId", contact));
        assertEquals("王先生", linked.body().get("name").asText());
        assertEquals(404, d.api().put("/api/v1/visitors/tag-v3/contact", Map.of("contactId", 999999)).status());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
