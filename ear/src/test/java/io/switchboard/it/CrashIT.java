package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, item 7: the server is killed ({@code kill -9}) while visitors and an agent chat at a steady rate, and
 * started again on the same data. Every line the server acknowledged (202 on the IM API, {@code ok} on the agent
 * socket) is stored exactly once and, per sender, in the order it was sent; the agent's socket connects again;
 * a conversation that was queued before the crash is assigned when capacity frees after it, and a new one is
 * assigned too — nothing is left stuck.
 */
@ExtendWith(SwitchboardServer.class)
class CrashIT {

    private static final int VISITORS = 4;

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aKilledServerLosesNoAcknowledgedLineAndLeavesNothingStuck() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "crash");
        Api api = new Api(server, tenant.apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "crash-agent-" + suffix;
        String password = "Secret-" + suffix;
        long agent = api.post("/api/v1/agents", Map.of("username", username, "displayName", "小陈", "password", password))
                .body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        // room for the chatting visitors only: the next one waits in the queue through the crash
        assertEquals(200, api.put("/api/v1/agents/" + agent + "/cap", Map.of("maxConcurrent", VISITORS)).status());

        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.agentSocket(server, username, password, frames);
        socket.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}", true);
        frames.await(f -> AgentSocketIT.is(f, "ok") && "on".equals(f.path("ref").asText()));

        // the chatting visitors, each assigned; then one more that has to wait
        String[] visitors = new String[VISITORS];
        long[] conversations = new long[VISITORS];
        for (int v = 0; v < VISITORS; v++) {
            visitors[v] = "crash-" + suffix + "-" + v;
            assertEquals(202, imLine(api, visitors[v], "v" + v + "-0").status());
            conversations[v] = frames.await(f -> AgentSocketIT.is(f, "event") && "ASSIGNED".equals(f.path("event").asText()))
                    .path("conversationId").asLong();
        }
        String waiting = "crash-" + suffix + "-queued";
        assertEquals(202, imLine(api, waiting, "q-0").status());
        waitFor(15, "the fifth visitor queued",
                () -> "QUEUED".equals(conversationOf(api, waiting).path("state").asText()));

        // steady chat: every visitor a line each 250 ms, the agent a line each 150 ms, acknowledgements recorded
        Map<String, List<Integer>> acknowledged = new ConcurrentHashMap<>();
        List<String> agentAcknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean chatting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        for (int v = 0; v < VISITORS; v++) {
            String visitor = visitors[v];
            String prefix = "v" + v + "-";
            acknowledged.put(visitor, new CopyOnWriteArrayList<>());
            pool.submit(() -> {
                for (int n = 1; chatting.get(); n++) {
                    try {
                        if (imLine(api, visitor, prefix + n).status() == 202) {
                            acknowledged.get(visitor).add(n);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        // the server is down (Api reports I/O failures as AssertionError): not acknowledged
                    }
                    sleep(250); // under the per-visitor limit (30 lines a minute) for the whole run
                }
                return null;
            });
        }
        AgentLines agentLines = new AgentLines(socket, frames, conversations[0], agentAcknowledged);
        Thread agentThread = new Thread(agentLines);
        agentThread.start();

        Thread.sleep(3_000);
        server.crash();
        // the agent's workbench reconnects: a new sign-in (the session died with the server) and a new socket
        AgentSocketIT.Frames after = new AgentSocketIT.Frames();
        WebSocket again = AgentSocketIT.agentSocket(server, username, password, after);
        Thread.sleep(2_000);
        chatting.set(false);
        agentLines.stop();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        agentThread.join(10_000);

        // every acknowledged visitor line stored once, in the order sent (lines accepted before the crash and still
        // in the broker's journal are stored after the restart)
        for (int v = 0; v < VISITORS; v++) {
            String visitor = visitors[v];
            List<Integer> sent = acknowledged.get(visitor);
            assertTrue(sent.size() > 10, "the visitor chatted before and after the crash: " + sent.size());
            String prefix = "v" + v + "-";
            int index = v;
            try {
                waitFor(60, "every acknowledged line of " + visitor + " stored",
                        () -> visitorLines(api, conversations[index], prefix).containsAll(sent));
            } catch (AssertionError e) {
                List<Integer> missing = new ArrayList<>(sent);
                missing.removeAll(visitorLines(api, conversations[index], prefix));
                throw new AssertionError(e.getMessage() + "; acknowledged but not stored: " + missing, e);
            }
            List<Integer> stored = visitorLines(api, conversations[v], prefix);
            assertEquals(stored.stream().distinct().count(), stored.size(), "no line stored twice: " + stored);
            List<Integer> sorted = new ArrayList<>(stored);
            sorted.sort(null);
            assertEquals(sorted, stored, "the lines of " + visitor + " are stored in the order they were sent");
        }
        // every line the agent's socket acknowledged stored once
        List<String> agentStored = new ArrayList<>();
        for (JsonNode m : transcript(api, conversations[0])) {
            if ("AGENT".equals(m.path("sender").asText()) && m.path("body").asText().startsWith("a-")) {
                agentStored.add(m.path("body").asText());
            }
        }
        assertTrue(agentAcknowledged.size() > 5, "the agent chatted: " + agentAcknowledged.size());
        assertTrue(agentStored.containsAll(agentAcknowledged), "acknowledged agent lines stored: " + agentAcknowledged
                + " vs " + agentStored);
        assertEquals(agentStored.stream().distinct().count(), agentStored.size(), "no agent line twice");

        // the agent is still online after the restart; closing one chat gives the queued visitor to them
        again.sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on2\"}", true);
        after.await(f -> AgentSocketIT.is(f, "ok") && "on2".equals(f.path("ref").asText()));
        again.sendText("{\"type\":\"close\",\"conversationId\":" + conversations[1] + ",\"ref\":\"c1\"}", true);
        after.await(f -> AgentSocketIT.is(f, "ok") && "c1".equals(f.path("ref").asText()));
        waitFor(20, "the conversation queued before the crash is assigned when capacity frees",
                () -> "ASSIGNED".equals(conversationOf(api, waiting).path("state").asText()));
        // and a new visitor after the restart is served too
        again.sendText("{\"type\":\"close\",\"conversationId\":" + conversations[2] + ",\"ref\":\"c2\"}", true);
        after.await(f -> AgentSocketIT.is(f, "ok") && "c2".equals(f.path("ref").asText()));
        String late = "crash-" + suffix + "-late";
        assertEquals(202, imLine(api, late, "late-0").status());
        waitFor(20, "a conversation started after the restart is assigned",
                () -> "ASSIGNED".equals(conversationOf(api, late).path("state").asText()));
        again.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private static void waitFor(int seconds, String what, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Poll.until(java.time.Duration.ofSeconds(seconds), what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    /** The agent writes to one conversation every 150 ms and records the lines the socket acknowledged. */
    private static final class AgentLines implements Runnable {
        private final WebSocket socket;
        private final AgentSocketIT.Frames frames;
        private final long conversation;
        private final List<String> acknowledged;
        private volatile boolean running = true;

        AgentLines(WebSocket socket, AgentSocketIT.Frames frames, long conversation, List<String> acknowledged) {
            this.socket = socket;
            this.frames = frames;
            this.conversation = conversation;
            this.acknowledged = acknowledged;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            for (int n = 1; running; n++) {
                String ref = "a-" + n;
                try {
                    socket.sendText("{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"" + ref
                            + "\",\"ref\":\"" + ref + "\"}", true).get(2, TimeUnit.SECONDS);
                    JsonNode ok = frames.received.poll(2, TimeUnit.SECONDS);
                    while (ok != null && !(AgentSocketIT.is(ok, "ok") && ref.equals(ok.path("ref").asText()))) {
                        ok = frames.received.poll(2, TimeUnit.SECONDS);
                    }
                    if (ok != null) {
                        acknowledged.add(ref);
                    }
                } catch (Exception e) {
                    return; // the socket died with the server
                }
                sleep(150);
            }
        }
    }

    private static Api.Reply imLine(Api api, String visitor, String text) {
        return api.post("/api/v1/im/messages", Map.of("senderId", visitor, "clientMessageId", visitor + "/" + text,
                "text", text));
    }

    private static JsonNode conversationOf(Api api, String visitor) {
        return api.get("/api/v1/im/visitors/" + visitor + "/conversation?limit=1").body().path("conversation");
    }

    private static List<JsonNode> transcript(Api api, long conversation) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api.get("/api/v1/conversations/" + conversation + "/messages?after=" + after).body();
            if (page.isEmpty()) {
                return all;
            }
            page.forEach(all::add);
            after = page.get(page.size() - 1).path("seq").asLong();
        }
    }

    /** The visitor's numbered lines of this conversation, in stored (seq) order. */
    private static List<Integer> visitorLines(Api api, long conversation, String prefix) {
        List<Integer> lines = new ArrayList<>();
        for (JsonNode m : transcript(api, conversation)) {
            String body = m.path("body").asText();
            if ("VISITOR".equals(m.path("sender").asText()) && body.startsWith(prefix)) {
                int n = Integer.parseInt(body.substring(prefix.length()));
                if (n > 0) {
                    lines.add(n);
                }
            }
        }
        return lines;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
