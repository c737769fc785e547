package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor message sent through the IM API is put on the persistent JMS queue, consumed by the MDB and stored;
 * the endpoint itself writes nothing (202 Accepted, the row appears after the consumer ran).
 */
@ExtendWith(SwitchboardServer.class)
class InboundPipelineIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void messageTravelsThroughTheQueueAndIsStoredOnce() {
        Api api = new Api(server, Api.newTenant(server, "im").apiKey());
        String clientId = "c-" + UUID.randomUUID();
        Map<String, String> message = Map.of("senderId", "wx-user-42", "clientMessageId", clientId,
                "text", "你好，我想咨询订单 #1001");

        Api.Reply accepted = api.post("/api/v1/im/messages", message);
        assertEquals(202, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.body().get("status").asText());

        JsonNode stored = awaitStored(api, clientId);
        assertEquals("你好，我想咨询订单 #1001", stored.get("text").asText());
        assertEquals("wx-user-42", stored.get("senderId").asText());
        Instant acceptedAt = Instant.parse(stored.get("acceptedAt").asText());
        Instant processedAt = Instant.parse(stored.get("processedAt").asText());
        assertTrue(!processedAt.isBefore(acceptedAt), "processed by the consumer after it was accepted");

        // a client retry with the same id (even with other text) is accepted but not stored again; a later
        // message of the same sender is processed after it (one message group per sender)
        int deadLettersBefore = deadLetters();
        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "wx-user-42", "clientMessageId", clientId,
                "text", "retry with other text")).status());
        String marker = "c-" + UUID.randomUUID();
        api.post("/api/v1/im/messages", Map.of("senderId", "wx-user-42", "clientMessageId", marker, "text", "2"));
        awaitStored(api, marker);
        JsonNode afterRetry = api.get("/api/v1/im/messages/" + clientId).body();
        assertEquals("你好，我想咨询订单 #1001", afterRetry.get("text").asText());
        assertEquals(processedAt, Instant.parse(afterRetry.get("processedAt").asText()));
        assertEquals(deadLettersBefore, deadLetters(), "the retry was recognised, not failed into the DLQ");
    }

    private int deadLetters() {
        for (JsonNode check : new Api(server, null).get("/health").body().get("checks")) {
            if ("broker".equals(check.get("name").asText())) {
                return check.get("data").get("deadLetterMessages").asInt();
            }
        }
        throw new AssertionError("no broker check");
    }

    @Test
    void invalidMessageIsRefusedWithAProblemAndNeverQueued() {
        Api api = new Api(server, Api.newTenant(server, "im-bad").apiKey());
        String clientId = "c-" + UUID.randomUUID();
        Api.Reply refused = api.post("/api/v1/im/messages", Map.of("senderId", "u1", "clientMessageId", clientId,
                "text", ""));
        assertEquals(400, refused.status());
        assertEquals("text", refused.body().get("errors").get(0).get("field").asText());
        assertEquals(404, api.get("/api/v1/im/messages/" + clientId).status());
    }

    @Test
    void anotherTenantCannotSeeTheMessage() {
        Api owner = new Api(server, Api.newTenant(server, "im-owner").apiKey());
        Api other = new Api(server, Api.newTenant(server, "im-other").apiKey());
        String clientId = "c-" + UUID.randomUUID();
        owner.post("/api/v1/im/messages", Map.of("senderId", "u", "clientMessageId", clientId, "text", "secret"));
        awaitStored(owner, clientId);
        assertEquals(404, other.get("/api/v1/im/messages/" + clientId).status());
    }

    static JsonNode awaitStored(Api api, String clientId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get("/api/v1/im/messages/" + clientId);
            if (r.status() == 200) {
                assertEquals("STORED", r.body().get("status").asText());
                return r.body();
            }
            assertEquals(404, r.status(), r.toString());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("message " + clientId + " was not stored within 20 s");
    }
}
