package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agent assist over the partner API (FL-4): three suggested answers from the tenant's bots for a visitor's latest
 * line or an older one; the answer agents choose for a question comes first for a similar question afterwards;
 * unknown lines, rules and other tenants' conversations are refused.
 */
@ExtendWith(SwitchboardServer.class)
class AgentAssistIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void suggestionsFollowTheLineAndLearnFromTheAgentsChoices() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(server, Api.newTenant(server, "assist").apiKey());
        long bot = api.post("/api/v1/bots", Map.of("name", "售后知识")).body().get("id").asLong();
        long refund = rule(api, bot, "怎么申请退款", "在订单页点“申请退款”。");
        long slow = rule(api, bot, "退款多久到账", "原路退回，1–3 个工作日到账。");
        long progress = rule(api, bot, "退款进度在哪看", "在“我的-退款”里查看进度。");
        rule(api, bot, "发票怎么开", "在订单详情页申请电子发票。");

        long conversation = PartnerVisitorLineIT.openConversation(api, "assist-" + suffix);
        assertEquals(List.of(), api.get("/api/v1/conversations/" + conversation + "/assist").body().get("items")
                .findValuesAsText("ruleId"), "no visitor line yet, no suggestion");
        String first = write(api, conversation, "退款到账要多久");
        write(api, conversation, "发票在哪里开");

        // the latest line: the invoice rule first
        JsonNode latest = api.get("/api/v1/conversations/" + conversation + "/assist").body();
        assertEquals("发票在哪里开", latest.get("line").asText(), latest.toString());
        assertEquals("发票怎么开", latest.get("items").get(0).get("question").asText(), latest.toString());
        // an older line, chosen by its seq: refund rules only, at most three
        long firstSeq = seqOf(api, conversation, first);
        JsonNode older = api.get("/api/v1/conversations/" + conversation + "/assist?seq=" + firstSeq).body();
        assertEquals("退款到账要多久", older.get("line").asText());
        List<Long> ranked = ids(older);
        assertTrue(ranked.size() <= 3 && ranked.get(0) == slow, older.toString());
        assertEquals(0, older.get("items").get(0).get("picks").asInt());

        // agents keep choosing the progress answer for this kind of question: it comes first for a similar one,
        // ahead of the rule with the very words (each choice adds 0.2, at most five count)
        for (int i = 0; i < 5; i++) {
            assertEquals(204, api.post("/api/v1/conversations/" + conversation + "/assist/picks",
                    Map.of("seq", firstSeq, "botId", bot, "ruleId", progress)).status());
        }
        write(api, conversation, "我的退款多久能到账");
        JsonNode learned = api.get("/api/v1/conversations/" + conversation + "/assist").body();
        assertEquals("我的退款多久能到账", learned.get("line").asText(), "the newest visitor line");
        assertEquals(progress, ids(learned).get(0), learned.toString());
        assertEquals(5, learned.get("items").get(0).get("picks").asInt(), learned.toString());
        assertEquals(slow, ids(learned).get(1), learned.toString());
        // an unrelated question is not raised by those choices
        write(api, conversation, "发票可以开专票吗");
        JsonNode unrelated = api.get("/api/v1/conversations/" + conversation + "/assist").body();
        assertEquals("发票怎么开", unrelated.get("items").get(0).get("question").asText(), unrelated.toString());

        // refused: a rule of no bot, a line that is not the visitor's, a missing body, another tenant
        assertEquals(404, api.post("/api/v1/conversations/" + conversation + "/assist/picks",
                Map.of("botId", bot, "ruleId", 987654321)).status());
        assertEquals(404, api.post("/api/v1/conversations/" + conversation + "/assist/picks",
                Map.of("seq", 987654, "botId", bot, "ruleId", refund)).status());
        assertEquals(400, api.post("/api/v1/conversations/" + conversation + "/assist/picks", Map.of("seq", 1)).status());
        assertEquals(400, api.get("/api/v1/conversations/" + conversation + "/assist?seq=0").status());
        Api other = new Api(server, Api.newTenant(server, "assist-other").apiKey());
        assertEquals(404, other.get("/api/v1/conversations/" + conversation + "/assist").status());
        assertEquals(404, other.post("/api/v1/conversations/" + conversation + "/assist/picks",
                Map.of("botId", bot, "ruleId", refund)).status());
    }

    private static long rule(Api api, long bot, String question, String answer) {
        Api.Reply r = api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", question, "answer", answer));
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asLong();
    }

    /** Writes as the visitor through the durable path and waits until the line is stored. */
    private static String write(Api api, long conversation, String text) {
        String id = "as-" + UUID.randomUUID();
        assertEquals(202, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", text, "clientMessageId", id)).status());
        InboundPipelineIT.awaitStored(api, id);
        return text;
    }

    private static long seqOf(Api api, long conversation, String text) {
        for (JsonNode m : api.get("/api/v1/conversations/" + conversation + "/messages").body()) {
            if ("VISITOR".equals(m.get("sender").asText()) && text.equals(m.get("body").asText())) {
                return m.get("seq").asLong();
            }
        }
        throw new AssertionError("no line " + text);
    }

    private static List<Long> ids(JsonNode suggestions) {
        List<Long> ids = new ArrayList<>();
        suggestions.get("items").forEach(s -> ids.add(s.get("ruleId").asLong()));
        return ids;
    }
}
