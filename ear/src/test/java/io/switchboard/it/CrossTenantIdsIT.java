package io.switchboard.it;

import static io.switchboard.it.Problems.assertFieldProblem;
import static io.switchboard.it.Problems.assertSameAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A's key with tenant B's ids (issue 16, item 9). Ids kept as plain columns (a reply's owner, who processed a
 * message, a routing rule's group) were stored unchecked; now every id in a request is resolved within the caller's
 * tenant: another tenant's id is refused exactly as an id that does not exist (so ids cannot be probed), naming the
 * field, and nothing is stored in A.
 */
@ExtendWith(SwitchboardServer.class)
class CrossTenantIdsIT {

    private static final long UNKNOWN = 987_654_321L;

    private final SwitchboardServer server = SwitchboardServer.get();

    /** A tenant with one agent in one skill group and a widget site. */
    private record Side(Api api, long agent, long group, String site) {
    }

    private Side side(String prefix) {
        Api api = new Api(server, Api.newTenant(server, prefix).apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        Api.Reply agent = api.post("/api/v1/agents", Map.of("username", prefix + "-agent-" + UUID.randomUUID()
                .toString().substring(0, 8), "displayName", "坐席", "password", "Quiet-harbor-2026"));
        assertEquals(201, agent.status(), agent.toString());
        long agentId = agent.body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agentId))).status());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        return new Side(api, agentId, group, site);
    }

    @Test
    void quickRepliesAndCategoriesTakeOnlyOwnAgents() {
        Side a = side("xq-a");
        Side b = side("xq-b");
        Map<String, Object> reply = Map.of("agentId", b.agent(), "title", "问候", "body", "您好");
        Api.Reply foreign = a.api().post("/api/v1/quick-replies", reply);
        assertFieldProblem(foreign, 404, "agentId", "no staff member");
        assertSameAnswer(foreign, b.agent(), a.api().post("/api/v1/quick-replies", Map.of("agentId", UNKNOWN,
                "title", "问候", "body", "您好")), UNKNOWN);

        Api.Reply foreignCategory = a.api().post("/api/v1/quick-replies/categories", Map.of("agentId", b.agent(),
                "name", "私有", "sortOrder", 1));
        assertFieldProblem(foreignCategory, 404, "agentId", "no staff member");
        assertSameAnswer(foreignCategory, b.agent(), a.api().post("/api/v1/quick-replies/categories",
                Map.of("agentId", UNKNOWN, "name", "私有", "sortOrder", 1)), UNKNOWN);

        Api.Reply foreignRead = a.api().get("/api/v1/quick-replies?agentId=" + b.agent());
        assertFieldProblem(foreignRead, 404, "agentId", "no staff member");
        assertSameAnswer(foreignRead, b.agent(), a.api().get("/api/v1/quick-replies?agentId=" + UNKNOWN), UNKNOWN);

        Api.Reply own = a.api().post("/api/v1/quick-replies", Map.of("agentId", a.agent(), "title", "问候", "body", "您好"));
        assertEquals(201, own.status(), own.toString());
        assertEquals(a.agent(), own.body().get("ownerAgentId").asLong());
        assertEquals(1, a.api().get("/api/v1/quick-replies?agentId=" + a.agent()).body().get("total").asInt(),
                "A holds its own agent's reply and nothing else");
        assertEquals(0, a.api().get("/api/v1/quick-replies/categories?agentId=" + a.agent()).body().size());
        assertEquals(0, b.api().get("/api/v1/quick-replies?agentId=" + b.agent()).body().get("total").asInt());
    }

    @Test
    void processedMarksAndTransfersTakeOnlyOwnAccounts() throws Exception {
        Side a = side("xp-a");
        Side b = side("xp-b");

        // a left message of A (the widget's leave-a-message form)
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocket(server, a.site(), "xp-v-" + UUID.randomUUID(), 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"leaveMessage\",\"name\":\"王女士\",\"contact\":\"13800000000\",\"text\":\"请回电\"}", true);
        long left = frames.await(f -> AgentSocketIT.is(f, "messageLeft")).get("id").asLong();
        socket.abort();
        String processed = "/api/v1/left-messages/" + left + "/processed";
        Api.Reply foreign = a.api().post(processed, Map.of("agentId", b.agent()));
        assertFieldProblem(foreign, 404, "agentId", "no staff member");
        assertSameAnswer(foreign, b.agent(), a.api().post(processed, Map.of("agentId", UNKNOWN)), UNKNOWN);
        JsonNode open = a.api().get("/api/v1/left-messages?processed=false").body();
        assertEquals(1, open.get("total").asInt(), "still unprocessed: " + open);
        assertTrue(open.get("items").get(0).get("processedBy") == null
                || open.get("items").get(0).get("processedBy").isNull(), open.toString());
        Api.Reply done = a.api().post(processed, Map.of("agentId", a.agent()));
        assertEquals(200, done.status(), done.toString());
        assertEquals(a.agent(), done.body().get("processedBy").asLong());

        // a served conversation of A with its service summary
        assertEquals(200, a.api().put("/api/v1/agents/" + a.agent() + "/status", Map.of("status", "ONLINE")).status());
        JsonNode chat = a.api().post("/api/v1/conversations", Map.of("visitorId", "xp-chat-" + UUID.randomUUID(),
                "channel", "WEB", "skillGroupId", a.group())).body();
        assertEquals("ASSIGNED", chat.get("state").asText(), chat.toString());
        long id = chat.get("id").asLong();

        Api.Reply transfer = a.api().post("/api/v1/conversations/" + id + "/transfer", Map.of("fromAgentId", a.agent(),
                "toAgentId", b.agent()));
        assertFieldProblem(transfer, 404, "toAgentId", "not found");
        assertSameAnswer(transfer, b.agent(), a.api().post("/api/v1/conversations/" + id + "/transfer",
                Map.of("fromAgentId", a.agent(), "toAgentId", UNKNOWN)), UNKNOWN);
        assertEquals(a.agent(), a.api().get("/api/v1/conversations/" + id).body().get("agentId").asLong());

        assertEquals(200, a.api().put("/api/v1/conversations/" + id + "/summary", Map.of("agentId", a.agent(),
                "category", "咨询", "note", "已回复")).status());
        String summary = "/api/v1/service-summaries/" + id + "/processed";
        Api.Reply foreignSummary = a.api().post(summary, Map.of("accountId", b.agent()));
        assertFieldProblem(foreignSummary, 404, "accountId", "no staff member");
        assertSameAnswer(foreignSummary, b.agent(), a.api().post(summary, Map.of("accountId", UNKNOWN)), UNKNOWN);
        assertEquals(0, a.api().get("/api/v1/service-summaries?processed=true").body().get("total").asInt());
        Api.Reply summaryDone = a.api().post(summary, Map.of("accountId", a.agent()));
        assertEquals(200, summaryDone.status(), summaryDone.toString());
        assertEquals(a.agent(), summaryDone.body().get("processedBy").asLong());
    }

    @Test
    void routingSettingsNameOnlyOwnSkillGroups() {
        Side a = side("xr-a");
        Side b = side("xr-b");
        ObjectNode settings = (ObjectNode) a.api().get("/api/v1/routing-settings").body();

        Api.Reply foreignRule = a.api().put("/api/v1/routing-settings", withRuleTo(settings, b.group()));
        assertFieldProblem(foreignRule, 400, "rules[0].skillGroupId", "no skill group");
        assertSameAnswer(foreignRule, b.group(), a.api().put("/api/v1/routing-settings", withRuleTo(settings, UNKNOWN)),
                UNKNOWN);

        String segmentField = "workHours.schedule.segments[0].skillGroupIds";
        Api.Reply foreignSegment = a.api().put("/api/v1/routing-settings", withSegmentGroup(settings, b.group()));
        assertFieldProblem(foreignSegment, 400, segmentField, "no skill group");
        assertSameAnswer(foreignSegment, b.group(), a.api().put("/api/v1/routing-settings",
                withSegmentGroup(settings, UNKNOWN)), UNKNOWN);

        JsonNode stored = a.api().get("/api/v1/routing-settings").body();
        assertEquals(0, stored.get("rules").size(), "nothing stored");
        assertEquals(0, stored.get("workHours").get("schedule").get("segments").get(0).get("skillGroupIds").size());
        assertEquals(0, a.api().get("/api/v1/audit?targetType=routing-settings").body().get("total").asInt());

        Api.Reply own = a.api().put("/api/v1/routing-settings", withSegmentGroup(withRuleTo(settings, a.group()), a.group()));
        assertEquals(200, own.status(), own.toString());
        assertEquals(a.group(), own.body().get("rules").get(0).get("skillGroupId").asLong());
        assertEquals(a.group(), a.api().get("/api/v1/routing-settings").body().get("workHours").get("schedule")
                .get("segments").get(0).get("skillGroupIds").get(0).asLong());
    }

    @Test
    void aBotHandOffAndAnImEntryNameOnlyOwnSkillGroups() {
        Side a = side("xh-a");
        Side b = side("xh-b");
        ObjectNode settings = (ObjectNode) a.api().get("/api/v1/routing-settings").body();
        settings.putArray("rules").addObject().put("match", "DEFAULT").put("target", "BOT");
        assertEquals(200, a.api().put("/api/v1/routing-settings", settings).status());
        JsonNode inFlow = a.api().post("/api/v1/conversations", Map.of("visitorId", "xh-v-" + UUID.randomUUID(),
                "channel", "WEB")).body();
        assertEquals("IN_FLOW", inFlow.get("state").asText(), inFlow.toString());
        String handOff = "/api/v1/conversations/" + inFlow.get("id").asLong() + "/hand-off";

        Api.Reply foreign = a.api().post(handOff, Map.of("skillGroupId", b.group()));
        assertFieldProblem(foreign, 404, "skillGroupId", "not found");
        assertSameAnswer(foreign, b.group(), a.api().post(handOff, Map.of("skillGroupId", UNKNOWN)), UNKNOWN);
        JsonNode still = a.api().get("/api/v1/conversations/" + inFlow.get("id").asLong()).body();
        assertEquals("IN_FLOW", still.get("state").asText(), "not queued for B's group: " + still);
        assertEquals(0, b.api().get("/api/v1/queue?skillGroupId=" + b.group()).body().get("total").asInt());
        Api.Reply handedOver = a.api().post(handOff, Map.of("skillGroupId", a.group()));
        assertEquals(200, handedOver.status(), handedOver.toString());
        assertNotEquals("IN_FLOW", handedOver.body().get("state").asText());

        String client = "xh-m-" + UUID.randomUUID();
        Api.Reply im = a.api().post("/api/v1/im/messages", Map.of("senderId", "xh-im-user", "clientMessageId", client,
                "text", "你好", "skillGroupId", b.group()));
        assertFieldProblem(im, 404, "skillGroupId", "not found");
        assertSameAnswer(im, b.group(), a.api().post("/api/v1/im/messages", Map.of("senderId", "xh-im-user",
                "clientMessageId", client, "text", "你好", "skillGroupId", UNKNOWN)), UNKNOWN);
        assertEquals(404, a.api().get("/api/v1/im/messages/" + client).status(), "nothing was queued");
    }

    @Test
    void membersAndStaffGroupsNameTheirField() {
        Side a = side("xm-a");
        Side b = side("xm-b");
        String members = "/api/v1/skill-groups/" + a.group() + "/members";
        Api.Reply foreign = a.api().put(members, List.of(Map.of("agentId", b.agent())));
        assertFieldProblem(foreign, 404, "agentId", "no agent");
        assertSameAnswer(foreign, b.agent(), a.api().put(members, List.of(Map.of("agentId", UNKNOWN))), UNKNOWN);
        assertEquals(List.of(a.agent()), a.api().get("/api/v1/skill-groups/" + a.group()).body().get("members")
                .findValues("agentId").stream().map(JsonNode::asLong).toList(), "members unchanged");

        Map<String, Object> person = Map.of("username", "xm-" + UUID.randomUUID(), "password", "Initial-Pw-2026",
                "fullName", "小明", "skillGroupIds", List.of(b.group()));
        Api.Reply foreignGroup = a.api().post("/api/v1/staff", person);
        assertFieldProblem(foreignGroup, 404, "skillGroupIds", "no skill group");
        assertEquals(1, a.api().get("/api/v1/staff?role=AGENT").body().get("total").asInt(), "only A's own agent");
    }

    private static ObjectNode withRuleTo(ObjectNode settings, long group) {
        ObjectNode copy = settings.deepCopy();
        copy.putArray("rules").addObject().put("match", "DEFAULT").put("target", "SKILL_GROUP").put("skillGroupId", group);
        return copy;
    }

    private static ObjectNode withSegmentGroup(ObjectNode settings, long group) {
        ObjectNode copy = settings.deepCopy();
        ((ObjectNode) copy.get("workHours").get("schedule").get("segments").get(0)).putArray("skillGroupIds").add(group);
        return copy;
    }
}
