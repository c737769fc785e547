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
 * A partner writes for the visitor of a conversation ({@code POST /api/v1/conversations/{id}/messages} without
 * {@code agentId}): the line takes the channels' durable inbound path — 202 once queued, stored by the consumer,
 * a retry with the same client message id stored once, the blacklist and the conversation's tenant checked before
 * anything is queued.
 */
@ExtendWith(SwitchboardServer.class)
class PartnerVisitorLineIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aVisitorLineIsQueuedStoredOnceAndInOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(server, Api.newTenant(server, "partner").apiKey());
        long conversation = openConversation(api, "app-user-" + suffix);

        Api.Reply first = api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "我的订单到哪了", "clientMessageId", "p1-" + suffix));
        assertEquals(202, first.status(), first.toString());
        assertEquals("ACCEPTED", first.body().get("status").asText());
        assertEquals("p1-" + suffix, first.body().get("clientMessageId").asText());
        assertEquals(conversation, first.body().get("conversationId").asLong());
        assertEquals(202, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "a retry with other text", "clientMessageId", "p1-" + suffix)).status());
        Api.Reply second = api.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "还在吗"));
        assertEquals(202, second.status(), second.toString());
        String generated = second.body().get("clientMessageId").asText();
        assertTrue(generated.startsWith("api-"), "an id is made up when none is given: " + generated);

        InboundPipelineIT.awaitStored(api, generated);
        List<String> lines = visitorLines(api, conversation);
        assertEquals(List.of("我的订单到哪了", "还在吗"), lines, "stored once each, in the order accepted");
    }

    @Test
    void refusedLinesAreNeverQueued() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(server, Api.newTenant(server, "partner-no").apiKey());
        String visitor = "app-troll-" + suffix;
        long conversation = openConversation(api, visitor);

        Api.Reply blank = api.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", " "));
        assertEquals(400, blank.status(), blank.toString());
        Api.Reply unknown = api.post("/api/v1/conversations/987654321/messages", Map.of("text", "hi"));
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.toString());

        Api other = new Api(server, Api.newTenant(server, "partner-other").apiKey());
        Api.Reply foreign = other.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "not yours", "clientMessageId", "f1-" + suffix));
        assertEquals(404, foreign.status(), "another tenant's conversation is not found: " + foreign);

        assertEquals(201, api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor)).status());
        Api.Reply blocked = api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "hi", "clientMessageId", "b1-" + suffix));
        assertEquals(403, blocked.status(), blocked.toString());
        assertTrue(blocked.body().get("detail").asText().contains("blacklisted"), blocked.toString());

        Api.Reply closed = api.post("/api/v1/conversations/" + conversation + "/close", Map.of());
        assertEquals(200, closed.status(), closed.toString());
        Api.Reply late = api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "after the end", "clientMessageId", "l1-" + suffix));
        assertEquals(409, late.status(), late.toString());

        Thread.sleep(500);
        for (String id : List.of("f1-", "b1-", "l1-")) {
            assertEquals(404, api.get("/api/v1/im/messages/" + id + suffix).status(), id + " was never queued");
            assertEquals(404, other.get("/api/v1/im/messages/" + id + suffix).status(), id + " was never queued");
        }
        assertEquals(List.of(), visitorLines(api, conversation));
    }

    /** A conversation on a partner's own channel, waiting in the queue of a group with one agent signed in. */
    static long openConversation(Api api, String visitor) {
        Api.Reply group = api.post("/api/v1/skill-groups", Map.of("name", "售后"));
        assertEquals(201, group.status(), group.toString());
        long groupId = group.body().get("id").asLong();
        Api.Reply agent = api.post("/api/v1/agents", Map.of("username", visitor + "-agent", "displayName", "坐席",
                "password", "Secret-" + UUID.randomUUID(), "maxConcurrent", 5));
        assertEquals(201, agent.status(), agent.toString());
        long agentId = agent.body().get("agentId").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + groupId + "/members",
                List.of(Map.of("agentId", agentId, "priority", 1))).status());
        assertEquals(200, api.put("/api/v1/agents/" + agentId + "/status", Map.of("status", "ONLINE")).status());
        Api.Reply opened = api.post("/api/v1/conversations", Map.of("visitorId", visitor, "channel", "APP",
                "skillGroupId", groupId));
        assertEquals(201, opened.status(), opened.toString());
        return opened.body().get("id").asLong();
    }

    private static List<String> visitorLines(Api api, long conversation) {
        List<String> lines = new ArrayList<>();
        for (JsonNode m : api.get("/api/v1/conversations/" + conversation + "/messages").body()) {
            if ("VISITOR".equals(m.get("sender").asText())) {
                lines.add(m.get("body").asText());
            }
        }
        return lines;
    }
}
