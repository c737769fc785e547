package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One visitor sending faster than the per-visitor limit (30 a minute) gets 429 with Retry-After; others do not. */
@ExtendWith(SwitchboardServer.class)
class RateLimitIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aFloodingVisitorIsSlowedDownWithAClearError() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "rate");
        Api api = new Api(server, tenant.apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String flooder = "flood-" + suffix;
        for (int i = 0; i < 30; i++) {
            Api.Reply ok = api.post("/api/v1/im/messages", Map.of("senderId", flooder, "clientMessageId", "f" + i + "-" + suffix, "text", "spam " + i));
            assertEquals(202, ok.status(), "message " + i + " is within the burst: " + ok);
        }
        HttpResponse<String> limited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/api/v1/im/messages").toString()))
                .header("Authorization", "Bearer " + tenant.apiKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Map.of("senderId", flooder,
                        "clientMessageId", "f30-" + suffix, "text", "one too many")))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, limited.statusCode(), limited.body());
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "one token comes back every 2 s: " + retryAfter);
        assertTrue(Api.JSON.readTree(limited.body()).get("detail").asText().contains("too many messages"));
        assertEquals(404, api.get("/api/v1/im/messages/f30-" + suffix).status(), "the refused message was not queued");

        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "calm-" + suffix, "clientMessageId",
                "c-" + suffix, "text", "hello")).status(), "another visitor is not affected");
    }
}
