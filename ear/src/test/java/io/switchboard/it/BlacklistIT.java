package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
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
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        String passBefore = Api.visitorPass(server, site, visitor);
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

        Api.Reply session = new Api(server, null).post("/api/widget/" + site + "/sessions",
                Map.of("visitorId", visitor, "visitorSecret", Api.visitorSecret(visitor)));
        assertEquals(403, session.status(), "the widget's session request is refused: " + session);
        assertTrue(session.body().get("detail").asText().contains("blacklisted"));
        // a pass the widget got before the entry was added no longer opens the socket
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.visitorSocketWithPass(server, site, passBefore, 0, frames);
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

    @Test
    void anEntryWithAnEndDateStopsRefusingThen() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "until").apiKey());
        String visitor = "brief-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply past = api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor,
                "until", Instant.now().minusSeconds(60).toString()));
        assertEquals(400, past.status(), past.toString());
        assertTrue(past.body().get("detail").asText().contains("until"), past.toString());

        Instant until = Instant.now().plusSeconds(3);
        Api.Reply added = api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor, "until", until.toString()));
        assertEquals(201, added.status(), added.toString());
        assertEquals(until, Instant.parse(added.body().get("until").asText()));
        assertEquals(403, api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", visitor + "-1",
                "text", "hi")).status());
        Thread.sleep(Math.max(0, until.toEpochMilli() - System.currentTimeMillis()) + 300);
        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", visitor + "-2",
                "text", "hi")).status(), "the entry has ended");
        assertEquals(201, api.post("/api/v1/blacklist", Map.of("kind", "VISITOR", "value", visitor)).status(),
                "an ended entry does not block a new one");
    }
}
