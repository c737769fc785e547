package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FAQ bots over the partner API (FL-2): a bot with synonyms, rules added one by one and from a CSV file (all or
 * none), a question asked as a visitor would (answered, suggested, missed), export, bad input, another tenant.
 */
@ExtendWith(SwitchboardServer.class)
class FaqBotIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aBotLearnsRulesFromAFileAndAnswersParaphrases() {
        Api api = new Api(server, Api.newTenant(server, "faqbot").apiKey());
        Api.Reply created = api.post("/api/v1/bots", Map.of("name", "商城助手", "synonyms", "退款,退钱,退费\n物流,快递"));
        assertEquals(201, created.status(), created.toString());
        long bot = created.body().get("id").asLong();
        assertEquals(3, created.body().get("missLimit").asInt(), "three misses by default");
        assertEquals(409, api.post("/api/v1/bots", Map.of("name", "商城助手")).status(), "the name is taken");
        assertEquals(400, api.post("/api/v1/bots", Map.of("name", " ")).status());
        assertEquals(400, api.put("/api/v1/bots/" + bot, Map.of("missLimit", 0)).status());

        // a file with a row without its answer imports nothing; the fixed file imports every row
        String bad = "问题,相似问法,答案\n怎么申请退款,如何退款|退款流程是什么,在订单页申请退款。\n发票怎么开,,\n";
        Api.Reply refused = api.postBytes("/api/v1/bots/" + bot + "/rules/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(3, refused.body().get("errors").get(0).get("row").asInt());
        assertEquals(0, api.get("/api/v1/bots/" + bot + "/rules").body().get("total").asInt());
        // the optional columns: follow-up questions (buttons under the answer), an image, hot; a bad image is refused
        String badImage = "问题,答案,图片\n怎么申请退款,在订单页申请退款。,ftp://img.example.com/a.png\n";
        Api.Reply imageRefused = api.postBytes("/api/v1/bots/" + bot + "/rules/import", "text/csv",
                badImage.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, imageRefused.status(), imageRefused.toString());
        assertEquals("图片", imageRefused.body().get("errors").get(0).get("column").asText(), imageRefused.toString());
        String good = "问题,相似问法,答案,追问,图片,热门\n"
                + "怎么申请退款,如何退款|退款流程是什么,在订单页申请退款。,退款多久到账|发票怎么开,https://img.example.com/refund.png,是\n"
                + "退款多久到账,退款什么时候到账|钱多久退回来,原路退回，1–3 个工作日到账。,,,\n"
                + "发票怎么开,如何开具发票|能开增值税发票吗,在订单详情页申请电子发票。,,,\n"
                + "快递到哪了,怎么查物流|包裹到哪里了,在订单页点“查看物流”。,,,\n";
        Api.Reply imported = api.postBytes("/api/v1/bots/" + bot + "/rules/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(4, api.get("/api/v1/bots/" + bot + "/rules").body().get("total").asInt());
        assertEquals(1, api.get("/api/v1/bots/" + bot + "/rules?q=发票").body().get("total").asInt(), "search");
        JsonNode refund = api.get("/api/v1/bots/" + bot + "/rules?q=申请退款").body().get("items").get(0);
        assertEquals("[\"退款多久到账\",\"发票怎么开\"]", refund.get("followUps").toString(), refund.toString());
        assertEquals("https://img.example.com/refund.png", refund.get("imageUrl").asText(), refund.toString());
        assertTrue(refund.get("hot").asBoolean(), refund.toString());

        JsonNode answered = ask(api, bot, "你好，请问发票怎么开呢");
        assertEquals("ANSWERED", answered.get("outcome").asText(), answered.toString());
        assertEquals("在订单详情页申请电子发票。", answered.get("rules").get(0).get("answer").asText());
        JsonNode synonym = ask(api, bot, "我的包裹到哪了");
        assertTrue(List.of("ANSWERED", "SUGGESTED").contains(synonym.get("outcome").asText()), synonym.toString());
        assertEquals("快递到哪了", synonym.get("rules").get(0).get("question").asText());
        JsonNode vague = ask(api, bot, "退钱");
        assertEquals("SUGGESTED", vague.get("outcome").asText(), vague.toString());
        assertTrue(vague.get("rules").size() >= 2, vague.toString());
        assertEquals("MISSED", ask(api, bot, "今天天气怎么样").get("outcome").asText());
        assertEquals(400, api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", "")).status());

        // a rule changed through the API is used by the very next question
        long invoice = api.get("/api/v1/bots/" + bot + "/rules?q=发票").body().get("items").get(0).get("id").asLong();
        assertEquals(200, api.put("/api/v1/bots/" + bot + "/rules/" + invoice, Map.of("question", "发票怎么开",
                "variants", List.of("如何开具发票"), "answer", "发票在“我的-发票”里申请。")).status());
        assertEquals("发票在“我的-发票”里申请。", ask(api, bot, "发票怎么开").get("rules").get(0).get("answer").asText());

        String exported = new String(api.download("/api/v1/bots/" + bot + "/rules/export").body(), StandardCharsets.UTF_8);
        // a byte order mark first, so Excel reads the file as UTF-8
        assertTrue(exported.startsWith("\uFEFF问题,相似问法,答案,追问,图片,热门"), exported);
        // what was imported comes back out whole (an export imports again without losing the buttons or the image)
        assertTrue(exported.contains("怎么申请退款,如何退款|退款流程是什么,在订单页申请退款。,退款多久到账|发票怎么开,"
                + "https://img.example.com/refund.png,是"), exported);
        assertEquals(200, api.download("/api/v1/bots/" + bot + "/rules/export?format=xlsx").status());

        // question mining (FL-3): a partner asking for its visitors keeps what nothing matched; "try it" keeps nothing
        for (String q : List.of("积分兑换礼品", "积分能换礼品吗", "积分兑换礼品", "会员等级规则说明")) {
            Api.Reply r = api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", q, "recordMiss", true));
            assertEquals("MISSED", r.body().get("outcome").asText(), r.toString());
        }
        assertEquals("MISSED", ask(api, bot, "积分能换礼品吗").get("outcome").asText(), "asked without recordMiss: not kept");
        JsonNode mined = api.get("/api/v1/bots/" + bot + "/misses/groups?days=7").body();
        assertEquals(4, mined.get("misses").asInt(), mined.toString());
        assertEquals(2, mined.get("total").asInt(), mined.toString());
        JsonNode points = mined.get("items").get(0);
        assertEquals("积分兑换礼品", points.get("question").asText(), "the most asked question names its group");
        assertEquals(3, points.get("count").asInt());
        assertEquals(List.of("积分兑换礼品", "积分能换礼品吗"),
                List.of(points.get("questions").get(0).get("question").asText(), points.get("questions").get(1).get("question").asText()));
        assertEquals(400, api.get("/api/v1/bots/" + bot + "/misses/groups?days=91").status());
        assertEquals(400, api.post("/api/v1/bots/" + bot + "/misses/learn", Map.of("questions", List.of())).status());
        assertEquals(400, api.post("/api/v1/bots/" + bot + "/misses/learn",
                Map.of("questions", List.of("积分兑换礼品"))).status(), "a new rule needs an answer");
        Api.Reply learned = api.post("/api/v1/bots/" + bot + "/misses/learn", Map.of("questions",
                List.of("积分兑换礼品", "积分能换礼品吗"), "answer", "在“我的-积分”里兑换礼品。"));
        assertEquals(200, learned.status(), learned.toString());
        assertEquals("积分兑换礼品", learned.body().get("question").asText());
        assertEquals("ANSWERED", ask(api, bot, "积分能换礼品吗").get("outcome").asText(), "the bot answers it now");
        // the other group goes into an existing rule; the misses it came from are gone
        long member = api.post("/api/v1/bots/" + bot + "/rules", Map.of("question", "会员有哪些等级",
                "answer", "普通、银卡、金卡。")).body().get("id").asLong();
        Api.Reply added = api.post("/api/v1/bots/" + bot + "/misses/learn", Map.of("questions",
                List.of("会员等级规则说明"), "ruleId", member));
        assertEquals(List.of("会员等级规则说明"), List.of(added.body().get("variants").get(0).asText()), added.toString());
        assertEquals(0, api.get("/api/v1/bots/" + bot + "/misses/groups").body().get("total").asInt());
        api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", "今天天气怎么样", "recordMiss", true));
        assertEquals(1, api.post("/api/v1/bots/" + bot + "/misses/dismiss", Map.of("questions", List.of("今天天气怎么样")))
                .body().get("removed").asInt());

        // another tenant sees none of it
        Api other = new Api(server, Api.newTenant(server, "faqother").apiKey());
        assertEquals(404, other.get("/api/v1/bots/" + bot).status());
        assertEquals(404, other.post("/api/v1/bots/" + bot + "/ask", Map.of("question", "发票怎么开")).status());
        assertEquals(404, other.get("/api/v1/bots/" + bot + "/rules").status());
        assertEquals(404, other.get("/api/v1/bots/" + bot + "/misses/groups").status());
        assertEquals(404, other.post("/api/v1/bots/" + bot + "/misses/learn", Map.of("questions", List.of("积分兑换礼品"),
                "answer", "x")).status());
        assertEquals(0, other.get("/api/v1/bots").body().size());

        assertEquals(204, api.delete("/api/v1/bots/" + bot).status());
        assertEquals(404, api.get("/api/v1/bots/" + bot).status());
    }

    private static JsonNode ask(Api api, long bot, String question) {
        Api.Reply r = api.post("/api/v1/bots/" + bot + "/ask", Map.of("question", question));
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }
}
