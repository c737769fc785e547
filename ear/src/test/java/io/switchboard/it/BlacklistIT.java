package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A blacklisted visitor gets a clear refusal on the IM API and on the widget socket, and nothing is stored. */
@ExtendWith(SwitchboardServer.class)
class BlacklistIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aBlacklistedVisitorIsRefusedEverywhereUntilRemoved() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "black").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String visitor = "troll-" + suffix;
        Api.Reply added = api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor, "reason", "骚扰"));
        assertEquals(201, added.status(), added.toString());
        assertEquals(409, api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor)).status());
        assertEquals(400, api.post("/api/v1/blacklist", Map.of("kind", "PHONE", "value", "x")).status());

        Api.Reply refused = api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", "b1-" + suffix, "text", "hi"));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.body().get("detail").asText().contains("blacklisted"));
        Thread.sleep(500);
        assertEquals(404, api.get("/api/v1/im/messages/b1-" + suffix).status(), "nothing was queued or stored");

        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(AgentSocketIT.ws(server,
                "/visitor/socket?site=" + site + "&visitor=" + visitor), frames).get(10, TimeUnit.SECONDS);
        JsonNode error = frames.await(f -> AgentSocketIT.is(f, "error"));
        assertTrue(error.get("message").asText().contains("blacklisted"), error.toString());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!socket.isInputClosed() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(socket.isInputClosed(), "the server closed the socket");

        assertEquals(204, api.delete("/api/v1/blacklist/" + added.body().get("id").asLong()).status());
        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", "b2-" + suffix,
                "text", "hi again")).status());
    }
}
