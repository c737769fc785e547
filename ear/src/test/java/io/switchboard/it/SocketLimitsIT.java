package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The socket limits a hostile or vanished client meets (issue 17 faults): a frame over the limit is stopped at the
 * limit by the socket configuration and the socket closed with 1009, instead of megabytes being read and then
 * refused; a socket whose client sends nothing for the idle time ({@code hello.idleSeconds}, 30 s on the test
 * server) is closed by the server with a close frame and the reason {@code idle}, while a client that pings at a
 * third of it stays connected.
 */
@ExtendWith(SwitchboardServer.class)
class SocketLimitsIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aFrameOverTheLimitIsStoppedAtTheLimitAndTheSocketClosedWith1009() throws Exception {
        Api.Site site = Api.newSite(server, "big");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AgentSocketIT.Frames visitor = new AgentSocketIT.Frames();
        WebSocket visitorSocket = AgentSocketIT.visitorSocket(server, site.key(), "anon-" + suffix, 0, visitor);
        visitor.await(f -> AgentSocketIT.is(f, "hello"));

        String username = "big-agent-" + suffix;
        String password = "Secret-pass-" + suffix;
        Api.Reply created = site.api().post("/api/v1/agents", Map.of("username", username, "displayName", "小白",
                "password", password));
        assertTrue(created.status() < 300, created.toString());
        AgentSocketIT.Frames agent = new AgentSocketIT.Frames();
        WebSocket agentSocket = AgentSocketIT.agentSocket(server, username, password, agent);

        // 10 MB in one frame: the container stops at the limit (48 KiB) and closes; the client's send may fail
        // half-way because the server stops reading, which is the point
        String huge = "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(10_000_000) + "\"}";
        for (WebSocket socket : new WebSocket[] {visitorSocket, agentSocket}) {
            try {
                socket.sendText(huge, true).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the connection was closed under the sender
            }
        }
        assertTrue(visitor.closed.get(30, TimeUnit.SECONDS).startsWith("1009"), visitor.closed.get());
        assertTrue(agent.closed.get(30, TimeUnit.SECONDS).startsWith("1009"), agent.closed.get());
        assertFalse(visitor.received.stream().anyMatch(f -> AgentSocketIT.is(f, "pong")),
                "the oversized frame was never handed to the endpoint");

        // a frame within the limit still gets the endpoint's own answer, and the socket stays open
        AgentSocketIT.Frames again = new AgentSocketIT.Frames();
        WebSocket reconnected = AgentSocketIT.visitorSocket(server, site.key(), "anon-" + suffix, 0, again);
        again.await(f -> AgentSocketIT.is(f, "hello"));
        reconnected.sendText("{\"type\":\"send\",\"clientId\":\"c1\",\"text\":\"" + "长".repeat(4001) + "\"}", true);
        assertTrue(again.await(f -> AgentSocketIT.is(f, "error")).get("message").asText().contains("4000"));
        reconnected.sendText("{\"type\":\"ping\"}", true);
        again.await(f -> AgentSocketIT.is(f, "pong"));
        assertFalse(again.closed.isDone());
        reconnected.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSilentSocketIsClosedWithAReasonWhileAPingingOneStays() throws Exception {
        Api.Site site = Api.newSite(server, "idle");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AgentSocketIT.Frames silent = new AgentSocketIT.Frames();
        WebSocket silentSocket = AgentSocketIT.visitorSocket(server, site.key(), "anon-s" + suffix, 0, silent);
        JsonNode hello = silent.await(f -> AgentSocketIT.is(f, "hello"));
        int idleSeconds = hello.get("idleSeconds").asInt();
        assertEquals(30, idleSeconds, "the test server's SWITCHBOARD_SOCKET_IDLE_SECONDS");

        AgentSocketIT.Frames pinging = new AgentSocketIT.Frames();
        WebSocket pingingSocket = AgentSocketIT.visitorSocket(server, site.key(), "anon-p" + suffix, 0, pinging);
        pinging.await(f -> AgentSocketIT.is(f, "hello"));
        long start = System.nanoTime();
        while (!silent.closed.isDone() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(idleSeconds + 20)) {
            pingingSocket.sendText("{\"type\":\"ping\"}", true);
            pinging.await(f -> AgentSocketIT.is(f, "pong"));
            Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds / 3));
        }
        String close = silent.closed.get(1, TimeUnit.SECONDS);
        assertTrue(close.startsWith("1001 idle"), close);
        assertTrue(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(idleSeconds - 1),
                "not closed before the idle time: " + close);
        assertFalse(pinging.closed.isDone(), "a client that pings stays connected");
        pingingSocket.sendText("{\"type\":\"ping\"}", true);
        pinging.await(f -> AgentSocketIT.is(f, "pong"));
        pingingSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        assertTrue(silentSocket.isInputClosed());
    }
}
