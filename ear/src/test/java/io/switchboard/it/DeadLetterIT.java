package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message the consumer can never process is redelivered with back-off, then lands on the dead-letter queue,
 * where its tenant's admin sees it (and no other tenant does), sends it back or discards it. The messages are put
 * on the broker by a remote JMS client, as a misbehaving integration would.
 */
@ExtendWith(SwitchboardServer.class)
class DeadLetterIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private void send(String queue, String tenantId, String body, Map<String, String> properties) {
        String url = "tcp://localhost:" + server.url("").getPort() + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, SwitchboardServer.JMS_USER,
                SwitchboardServer.JMS_PASSWORD); JMSContext jms = factory.createContext()) {
            var producer = jms.createProducer().setProperty("tenantId", tenantId);
            properties.forEach(producer::setProperty);
            producer.send(jms.createQueue(queue), body);
        }
    }

    private static JsonNode await(Api api, String path, Predicate<JsonNode> condition) throws InterruptedException {
        return Poll.until(Duration.ofSeconds(30), path, () -> {
            Api.Reply r = api.get(path);
            return r.status() == 200 && condition.test(r.body()) ? r.body() : null;
        });
    }

    @Test
    void aPoisonMessageIsDeadLetteredShownToItsTenantAndRetriedOrDiscarded() throws Exception {
        Api.Tenant owner = Api.newTenant(server, "dlq");
        Api api = new Api(server, owner.apiKey());
        Api stranger = new Api(server, Api.newTenant(server, "dlq2").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // not JSON: every delivery fails, the broker gives up after SWITCHBOARD_JMS_MAX_DELIVERY_ATTEMPTS [5]
        send("jms.queue.switchboard.inbound", owner.id(), "{not json " + suffix, Map.of());
        JsonNode dead = await(api, "/api/v1/dead-letters", p -> p.get("total").asInt() == 1);
        JsonNode poison = dead.get("items").get(0);
        assertEquals("inbound", poison.get("queue").asText(), dead.toString());
        assertEquals("{not json " + suffix, poison.get("body").asText());
        String poisonId = poison.get("id").asText();
        assertEquals(0, stranger.get("/api/v1/dead-letters").body().get("total").asInt(), "another tenant sees nothing");
        assertEquals(404, stranger.post("/api/v1/dead-letters/" + poisonId + "/retry", Map.of()).status());
        assertEquals(404, stranger.delete("/api/v1/dead-letters/" + poisonId).status());

        // a good message that died earlier (say the database was down): sent back, it is processed and stored
        String clientId = "dlq-ok-" + suffix;
        String command = Api.JSON.writeValueAsString(Map.of("tenantId", owner.id(), "channel", "IM_API",
                "senderId", "dlq-visitor-" + suffix, "clientMessageId", clientId, "body", "我的订单还没到",
                "acceptedAt", Instant.now().toString()));
        send("jms.queue.switchboard.dlq", owner.id(), command, Map.of("_AMQ_ORIG_ADDRESS", "jms.queue.switchboard.inbound"));
        dead = await(api, "/api/v1/dead-letters", p -> p.get("total").asInt() == 2);
        String goodId = null;
        for (JsonNode item : dead.get("items")) {
            if (item.get("body").asText().contains(clientId)) {
                goodId = item.get("id").asText();
            }
        }
        assertEquals(404, api.get("/api/v1/im/messages/" + clientId).status(), "not processed yet");
        Api.Reply retried = api.post("/api/v1/dead-letters/" + goodId + "/retry", Map.of());
        assertEquals(204, retried.status(), String.valueOf(retried));
        JsonNode stored = await(api, "/api/v1/im/messages/" + clientId, m -> true);
        assertEquals("STORED", stored.get("status").asText(), stored.toString());
        assertEquals(1, api.get("/api/v1/dead-letters").body().get("total").asInt(), "only the poison is left");

        // the poison is discarded for good
        assertEquals(204, api.delete("/api/v1/dead-letters/" + poisonId).status());
        assertEquals(0, api.get("/api/v1/dead-letters").body().get("total").asInt());
        assertEquals(404, api.delete("/api/v1/dead-letters/" + poisonId).status());
    }
}
