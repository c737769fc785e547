package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IM/app channel end to end: a partner's visitor message goes through the persistent queue and the MDB into a
 * routed conversation; the agent's reply comes back to the partner by polling after a sequence number.
 */
@ExtendWith(SwitchboardServer.class)
class ImChannelIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private JsonNode awaitTranscript(Api api, String sender, long after, Predicate<JsonNode> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Api.Reply r = null;
        while (Instant.now().isBefore(deadline)) {
            r = api.get("/api/v1/im/visitors/" + sender + "/conversation?after=" + after);
            if (r.status() == 200 && until.test(r.body())) {
                return r.body();
            }
            Thread.sleep(150);
        }
        throw new AssertionError("transcript never matched: " + r);
    }

    private static List<Long> seqs(JsonNode transcript) {
        List<Long> seqs = new ArrayList<>();
        transcript.get("messages").forEach(m -> seqs.add(m.get("seq").asLong()));
        return seqs;
    }

    @Test
    void visitorMessageOpensARoutedConversationAndTheReplyIsPolledByCursor() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "imc").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agent = api.post("/api/v1/agents", Map.of("username", "imc-agent-" + suffix, "displayName", "小李",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent))).status());
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));

        String sender = "wx-" + suffix;
        Api.Reply accepted = api.post("/api/v1/im/messages", Map.of("senderId", sender, "clientMessageId", "m1-" + suffix,
                "text", "我的订单还没到", "skillGroupId", group));
        assertEquals(202, accepted.status(), accepted.toString());

        JsonNode first = awaitTranscript(api, sender, 0, t -> t.get("messages").size() >= 3);
        JsonNode conversation = first.get("conversation");
        assertEquals("ASSIGNED", conversation.get("state").asText());
        assertEquals(agent, conversation.get("agentId").asLong());
        assertEquals(group, conversation.get("skillGroupId").asLong(), "entry designation picked the group");
        assertEquals(List.of(1L, 2L, 3L), seqs(first));
        assertEquals("VISITOR", first.get("messages").get(0).get("sender").asText());
        assertEquals("我的订单还没到", first.get("messages").get(0).get("body").asText());
        assertEquals("坐席分配成功，小李为您服务。", first.get("messages").get(1).get("body").asText());
        assertEquals(3, first.get("nextAfter").asLong());

        long id = conversation.get("id").asLong();
        assertEquals(200, api.post("/api/v1/conversations/" + id + "/messages",
                Map.of("agentId", agent, "text", "您好，我帮您查一下")).status());
        JsonNode reply = awaitTranscript(api, sender, 3, t -> t.get("messages").size() >= 1);
        assertEquals(List.of(4L), seqs(reply), "only what came after the cursor");
        assertEquals("AGENT", reply.get("messages").get(0).get("sender").asText());
        assertEquals("您好，我帮您查一下", reply.get("messages").get(0).get("body").asText());

        // the next message continues the same conversation; a retried client id is stored once
        api.post("/api/v1/im/messages", Map.of("senderId", sender, "clientMessageId", "m2-" + suffix, "text", "好的谢谢"));
        api.post("/api/v1/im/messages", Map.of("senderId", sender, "clientMessageId", "m2-" + suffix, "text", "好的谢谢"));
        api.post("/api/v1/im/messages", Map.of("senderId", sender, "clientMessageId", "m3-" + suffix, "text", "marker"));
        JsonNode all = awaitTranscript(api, sender, 0, t -> t.get("messages").size() >= 6);
        assertEquals(id, all.get("conversation").get("id").asLong());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seqs(all), "gap-free, and the retry was not stored again");
        assertEquals("好的谢谢", all.get("messages").get(4).get("body").asText());
        assertEquals("marker", all.get("messages").get(5).get("body").asText());
        assertTrue(api.get("/api/v1/im/visitors/nobody-" + suffix + "/conversation").status() == 404);
    }
}
