package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent's socket against the running server: sign in through the login form, open {@code /agent/socket}
 * with the session cookie, receive the offer and the visitor's message pushed through the events topic, answer
 * over the socket, and survive bad frames.
 */
@ExtendWith(SwitchboardServer.class)
class AgentSocketIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    /** Collects every text frame; a test waits for the one it needs. */
    static final class Frames implements WebSocket.Listener {
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        /** The close the server sent: status code and reason. */
        final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(Api.JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            java.util.Deque<JsonNode> skipped = new java.util.ArrayDeque<>();
            while (System.nanoTime() < end) {
                JsonNode f = received.poll(200, TimeUnit.MILLISECONDS);
                if (f != null && wanted.test(f)) {
                    return f;
                }
                if (f != null) {
                    skipped.addLast(f);
                    if (skipped.size() > 8) {
                        skipped.removeFirst();
                    }
                }
            }
            throw new AssertionError("frame never arrived; the last frames passed over: " + skipped);
        }
    }

    static URI ws(Endpoint server, String path) {
        return URI.create(server.url(path).toString().replaceFirst("^http", "ws"));
    }

    /** Logs the agent in through the login form and opens the agent socket with that session; waits for hello. */
    static WebSocket agentSocket(Endpoint server, String username, String password, Frames frames) throws Exception {
        Browser browser = new Browser(server, "zh-CN");
        browser.login(username, password);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow()).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws(server, "/agent/socket"), frames).get(10, TimeUnit.SECONDS);
        frames.await(f -> is(f, "hello"));
        return socket;
    }

    /**
     * Opens the widget's socket as an anonymous visitor of a site, asking for the lines after {@code after}: a
     * session request first, as the widget does, then the socket with its pass.
     */
    static WebSocket visitorSocket(Endpoint server, String site, String visitor, long after, Frames frames)
            throws Exception {
        return visitorSocketWithPass(server, site, Api.visitorPass(server, site, visitor), after, frames);
    }

    static WebSocket visitorSocketWithPass(Endpoint server, String site, String pass, long after, Frames frames)
            throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws(server, "/visitor/socket?site=" + site
                + "&pass=" + java.net.URLEncoder.encode(pass, java.nio.charset.StandardCharsets.UTF_8) + "&after=" + after),
                frames).get(10, TimeUnit.SECONDS);
    }

    static boolean is(JsonNode f, String type) {
        return type.equals(f.path("type").asText());
    }

    @Test
    void offersAndMessagesArePushedAndTheAgentAnswersOverTheSocket() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "sock").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "在线咨询")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "sock-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小周", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));

        Browser browser = new Browser(server, "zh-CN");
        browser.login(username, password);
        String session = browser.sessionId().orElseThrow();
        Frames frames = new Frames();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + session).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws(server, "/agent/socket"), frames).get(10, TimeUnit.SECONDS);
        JsonNode hello = frames.await(f -> is(f, "hello"));
        assertEquals(agent, hello.get("agentId").asLong());

        socket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"r1\"}", true);
        assertEquals("r1", frames.await(f -> is(f, "ok")).get("ref").asText());

        String visitor = "app-user-" + suffix;
        api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", "c1-" + suffix, "text", "在吗？"));
        JsonNode offer = frames.await(f -> is(f, "event") && "ASSIGNED".equals(f.get("event").asText()));
        long conversation = offer.get("conversationId").asLong();
        JsonNode first = offer.get("preview");
        assertEquals(1, first.get("seq").asLong(), "the offer previews the visitor's latest line");
        assertEquals(conversation, first.get("conversationId").asLong());
        assertEquals("VISITOR", first.get("sender").asText());
        assertEquals("在吗？", first.get("body").asText());

        api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", "c2-" + suffix, "text", "有人吗"));
        JsonNode pushed = frames.await(f -> is(f, "message") && "VISITOR".equals(f.get("sender").asText()));
        assertEquals("有人吗", pushed.get("body").asText(), "a later visitor message is pushed to the agent");
        socket.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"在的，请讲\"}", true);
        JsonNode echoed = frames.await(f -> is(f, "message") && "AGENT".equals(f.get("sender").asText()));
        assertEquals("在的，请讲", echoed.get("body").asText());
        JsonNode polled = api.get("/api/v1/im/visitors/" + visitor + "/conversation?after=" + (echoed.get("seq").asLong() - 1)).body();
        assertEquals("在的，请讲", polled.get("messages").get(0).get("body").asText(), "the partner sees the reply");

        // bad frames get an error frame, and the socket stays usable
        socket.sendText("not json", true);
        assertTrue(frames.await(f -> is(f, "error")).get("message").asText().contains("JSON"));
        socket.sendText("{\"type\":\"send\",\"conversationId\":" + (conversation + 100000) + ",\"text\":\"x\"}", true);
        assertTrue(frames.await(f -> is(f, "error")).get("message").asText().contains("not found"));
        socket.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"" + "长".repeat(5000) + "\"}", true);
        assertTrue(frames.await(f -> is(f, "error")).get("message").asText().contains("4000"));
        socket.sendText("{\"type\":\"ping\",\"ref\":\"still-here\"}", true);
        assertEquals("still-here", frames.await(f -> is(f, "ok")).get("ref").asText());

        socket.sendText("{\"type\":\"close\",\"conversationId\":" + conversation + "}", true);
        frames.await(f -> is(f, "event") && "ENDED".equals(f.get("event").asText()));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAnonymousHandshakeIsRefused() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().buildAsync(ws(server, "/agent/socket"), new Frames()).get(10, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
    }
}
