package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One tenant's burst must not delay another tenant's lines (issue 17 fault "one tenant's burst delays another
 * tenant's chat lines"): with tenant A's 800 new IM conversations waiting on the shared inbound queue, tenant B's line
 * is stored ahead of most of them, not after all of them. Checked by order, not by time: the queue is paused (the
 * operator's CLI) while A's burst and then B's line are accepted, so the whole burst waits; after the resume, B's line
 * must be stored before half of A's. With one priority it is stored last (FIFO).
 */
@ExtendWith(SwitchboardServer.class)
class TenantFairnessIT {

    private static final int BURST = 800;
    private static final String QUEUE = "/subsystem=messaging-activemq/server=default/jms-queue=switchboard.inbound";

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aQuietTenantsLinePassesABurstingTenantsBacklog() throws Exception {
        Api a = new Api(server, Api.newTenant(server, "burst").apiKey());
        Api b = new Api(server, Api.newTenant(server, "quiet").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // B has been quiet: one line, stored (this also lets the server see an empty queue after its start)
        assertEquals(202, b.post("/api/v1/im/messages", Map.of("senderId", "b-" + suffix, "clientMessageId",
                "b0-" + suffix, "text", "在吗")).status());
        stored(b, "b0-" + suffix);

        int storedWhenBSent;
        server.cli(QUEUE + ":pause");
        try {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> sent = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    int n = i;
                    sent.add(pool.submit(() -> a.post("/api/v1/im/messages", Map.of("senderId", "a" + n + "-" + suffix,
                            "clientMessageId", "a" + n + "-" + suffix, "text", "新咨询 " + n)).status()));
                }
                for (Future<Integer> f : sent) {
                    assertEquals(202, f.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(202, b.post("/api/v1/im/messages", Map.of("senderId", "b-" + suffix, "clientMessageId",
                    "b1-" + suffix, "text", "我的订单呢")).status());
            storedWhenBSent = queued(a);
        } finally {
            server.cli(QUEUE + ":resume");
        }
        assertEquals(0, storedWhenBSent, "the paused queue held the whole burst");
        stored(b, "b1-" + suffix);
        int storedWhenBStored = queued(a);
        System.out.printf("TenantFairnessIT: A's lines stored when B's was stored: %d of %d%n", storedWhenBStored, BURST);
        assertTrue(storedWhenBStored < BURST / 2, "B's line waited behind " + storedWhenBStored + " of A's " + BURST
                + " waiting lines");
        Poll.until(Duration.ofMinutes(2), "every line of A stored in the end", () -> queued(a) == BURST ? true : null);
    }

    private static void stored(Api api, String clientMessageId) throws InterruptedException {
        Poll.until(Duration.ofMinutes(2), clientMessageId + " stored",
                () -> api.get("/api/v1/im/messages/" + clientMessageId).status() == 200 ? true : null);
    }

    /** A's conversations: one per stored first line (every A sender is new). */
    private static int queued(Api a) {
        return a.get("/api/v1/conversations?limit=1").body().get("total").asInt();
    }
}
