package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IM channel's reply webhook against a real HTTP receiver in the test (on the loopback address the IT server
 * allows for outbound calls): the agent's reply is POSTed signed with the tenant's secret; a receiver that fails
 * first gets the same delivery again (broker redelivery).
 */
@ExtendWith(SwitchboardServer.class)
class ImWebhookIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Call(String body, String signature, String deliveryId) {
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void agentRepliesArePostedSignedAndRetriedUntilAccepted() throws Exception {
        BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
        AtomicInteger seen = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(SwitchboardServer.RECEIVER_ADDRESS, 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(body, exchange.getRequestHeaders().getFirst("X-Switchboard-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Switchboard-Delivery")));
            int status = seen.incrementAndGet() == 1 ? 503 : 200;   // the first call fails
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Api api = new Api(server, Api.newTenant(server, "hook").apiKey());
            Api.Reply bad = api.put("/api/v1/im/webhook", Map.of("url", "ftp://example.com/x"));
            assertEquals(400, bad.status(), bad.toString());
            Api.Reply configured = api.put("/api/v1/im/webhook",
                    Map.of("url", "http://" + SwitchboardServer.RECEIVER_ADDRESS + ":" + receiver.getAddress().getPort() + "/hook"));
            assertEquals(200, configured.status(), configured.toString());
            String secret = configured.body().get("secret").asText();
            assertEquals(64, secret.length());
            assertNull(api.get("/api/v1/im/webhook").body().get("secret"), "the secret is shown once");

            long group = api.post("/api/v1/skill-groups", Map.of("name", "客服")).body().get("id").asLong();
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            long agent = api.post("/api/v1/agents", Map.of("username", "hook-agent-" + suffix, "displayName", "小赵",
                    "password", "Secret-" + suffix)).body().get("agentId").asLong();
            api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
            api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));

            String sender = "app-" + suffix;
            api.post("/api/v1/im/messages", Map.of("senderId", sender, "clientMessageId", "h1-" + suffix, "text", "hi"));
            long conversation = awaitConversation(api, sender);
            // the system lines (assigned, welcome) are delivered too; wait for the agent's own reply
            assertEquals(200, api.post("/api/v1/conversations/" + conversation + "/messages",
                    Map.of("agentId", agent, "text", "您好，有什么可以帮您？")).status());

            List<Call> received = new java.util.ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end && !(retried(received) && agentReply(received) != null)) {
                Call c = calls.poll(500, TimeUnit.MILLISECONDS);
                if (c != null) {
                    assertEquals("sha256=" + hmac(secret, c.body()), c.signature(), "signed with the tenant's secret");
                    assertEquals(sender, Api.JSON.readTree(c.body()).get("visitorId").asText());
                    received.add(c);
                }
            }
            assertTrue(retried(received), "the delivery that got 503 came again with the same delivery id and body");
            Call reply = agentReply(received);
            assertNotNull(reply, "the agent's reply reached the webhook");
            JsonNode json = Api.JSON.readTree(reply.body());
            assertEquals("您好，有什么可以帮您？", json.get("body").asText());
            assertEquals(conversation, json.get("conversationId").asLong());
            assertEquals(4, json.get("seq").asLong());
        } finally {
            receiver.stop(0);
        }
    }

    private static boolean retried(List<Call> received) {
        return received.size() > 1 && received.stream().skip(1)
                .anyMatch(c -> c.deliveryId().equals(received.get(0).deliveryId()) && c.body().equals(received.get(0).body()));
    }

    private static Call agentReply(List<Call> received) throws Exception {
        for (Call c : received) {
            if ("AGENT".equals(Api.JSON.readTree(c.body()).get("sender").asText())) {
                return c;
            }
        }
        return null;
    }

    private static long awaitConversation(Api api, String sender) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply r = api.get("/api/v1/im/visitors/" + sender + "/conversation");
            if (r.status() == 200 && "ASSIGNED".equals(r.body().get("conversation").get("state").asText())) {
                return r.body().get("conversation").get("id").asLong();
            }
            Thread.sleep(150);
        }
        throw new AssertionError("conversation never assigned");
    }
}
