package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor whose browser stops reading must not stall anybody else's pushes (issue 17, fault "one visitor that
 * never reads freezes every push"): while an agent floods such a visitor with lines, another visitor's line still
 * reaches the agent at once, and the stalled socket is closed when its outbox overflows.
 */
@ExtendWith(SwitchboardServer.class)
class SlowSocketIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aVisitorThatStopsReadingStallsNobodyElse() throws Exception {
        Api.Site site = Api.newSite(server, "slow");
        Api api = site.api();
        long group = api.post("/api/v1/skill-groups", Map.of("name", "在线咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "slow-agent-" + suffix;
        String password = "Secret-pass-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小慢", "password", password,
                "maxConcurrent", 10)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        AgentSocketIT.Frames agentFrames = new AgentSocketIT.Frames();
        WebSocket agentSocket = AgentSocketIT.agentSocket(server, username, password, agentFrames);
        agentSocket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"online\"}", true);
        agentFrames.await(f -> AgentSocketIT.is(f, "ok") && "online".equals(f.path("ref").asText()));

        String stalledVisitor = "v_stalled_" + suffix;
        String liveVisitor = "v_live_" + suffix;
        long stalledChat = conversation(api, stalledVisitor, group);
        conversation(api, liveVisitor, group);

        try (Socket stalled = stalledSocket(site.key(), Api.visitorPass(server, site.key(), stalledVisitor))) {
            AgentSocketIT.Frames liveFrames = new AgentSocketIT.Frames();
            WebSocket live = AgentSocketIT.visitorSocket(server, site.key(), liveVisitor, 0, liveFrames);
            liveFrames.await(f -> AgentSocketIT.is(f, "hello"));

            // 2,500 lines of about 4 KB: more than the kernel's socket buffers and the outbox's 1,000 frames together
            String line = "x".repeat(3900);
            for (int i = 0; i < 2500; i++) {
                agentSocket.sendText("{\"type\":\"send\",\"conversationId\":" + stalledChat + ",\"text\":\"" + i + line
                        + "\",\"ref\":\"f" + i + "\"}", true);
            }
            // well into the flood: the stalled visitor's pushes are backed up by now
            agentFrames.await(f -> AgentSocketIT.is(f, "ok") && "f400".equals(f.path("ref").asText()));

            long sent = System.nanoTime();
            live.sendText("{\"type\":\"send\",\"clientId\":\"live-1\",\"text\":\"还有人吗\"}", true);
            JsonNode arrived = agentFrames.await(f -> AgentSocketIT.is(f, "message")
                    && "VISITOR".equals(f.path("sender").asText()) && "还有人吗".equals(f.path("body").asText()));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertTrue(millis < 3_000, "the other visitor's line reached the agent in " + millis + " ms");
            assertEquals("还有人吗", arrived.path("body").asText());

            Poll.until(Duration.ofSeconds(60), "the stalled socket is closed for reading too slowly", () -> {
                try {
                    return Files.readString(server.serverLog()).contains("reads too slowly") ? true : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            live.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        }
        agentSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    private static long conversation(Api api, String visitor, long group) {
        Api.Reply r = api.post("/api/v1/conversations", Map.of("visitorId", visitor, "channel", "WEB", "skillGroupId", group));
        assertEquals("ASSIGNED", r.body().path("state").asText(), r.toString());
        return r.body().get("id").asLong();
    }

    /**
     * A visitor socket that completes the handshake and then never reads: a small receive buffer, so the server's
     * writes back up after a few hundred kilobytes, as behind a frozen browser tab or a dead mobile link.
     */
    private Socket stalledSocket(String site, String pass) throws IOException {
        URI url = server.url("");
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5000);
        socket.setSoTimeout(10_000);
        String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 16)
                .getBytes(StandardCharsets.US_ASCII));
        String request = "GET /visitor/socket?site=" + site + "&pass=" + URLEncoder.encode(pass, StandardCharsets.UTF_8)
                + "&after=0 HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("handshake cut: " + head);
            }
            head.write(b);
        }
        assertTrue(head.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 101"), head.toString());
        return socket; // and never read again
    }
}
