package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing against the running server and its real database: concurrency (caps, no double assignment, FIFO),
 * draining on close, agents on break, and the queue timeout with the seed message.
 */
@ExtendWith(SwitchboardServer.class)
class RoutingIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Setup(Api api, long groupId, List<Long> agents) {
    }

    private Setup tenantWithAgents(String prefix, int agents, int cap) {
        Api api = new Api(server, Api.newTenant(server, prefix).apiKey());
        Api.Reply group = api.post("/api/v1/skill-groups", Map.of("name", "售前咨询"));
        assertEquals(201, group.status(), group.toString());
        long groupId = group.body().get("id").asLong();
        List<Long> ids = new ArrayList<>();
        List<Map<String, Object>> members = new ArrayList<>();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < agents; i++) {
            Api.Reply agent = api.post("/api/v1/agents", Map.of("username", prefix + "-a" + i + "-" + suffix,
                    "displayName", "坐席" + i, "password", "Secret-" + suffix, "maxConcurrent", cap));
            assertEquals(201, agent.status(), agent.toString());
            long id = agent.body().get("agentId").asLong();
            ids.add(id);
            members.add(Map.of("agentId", id, "priority", 1));
        }
        Api.Reply put = api.put("/api/v1/skill-groups/" + groupId + "/members", members);
        assertEquals(200, put.status(), put.toString());
        return new Setup(api, groupId, ids);
    }

    private static void status(Api api, long agent, String status) {
        Api.Reply r = api.put("/api/v1/agents/" + agent + "/status", Map.of("status", status));
        assertEquals(200, r.status(), r.toString());
        assertEquals(status, r.body().get("status").asText());
    }

    private static JsonNode request(Api api, long groupId, String visitor) {
        Api.Reply r = api.post("/api/v1/conversations", Map.of("visitorId", visitor, "channel", "WEB", "skillGroupId", groupId));
        assertEquals(201, r.status(), r.toString());
        return r.body();
    }

    private static List<JsonNode> conversations(Api api, String state) {
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = api.get("/api/v1/conversations?limit=500&offset=" + offset + "&state=" + state).body();
            page.get("items").forEach(all::add);
            if (all.size() >= page.get("total").asLong()) {
                return all;
            }
        }
    }

    /**
     * Null when a live-queue answer is one snapshot of a queue that drains from its head: 200, places 1..n, the
     * total its length, and the conversations a tail of the arrival order; otherwise what is wrong with it.
     */
    private static String notOneSnapshot(Api.Reply answer, List<Long> inQueueOrder) {
        if (answer.status() != 200) {
            return answer.toString();
        }
        JsonNode items = answer.body().get("items");
        List<Integer> places = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> {
            places.add(item.get("position").asInt());
            ids.add(item.get("conversationId").asLong());
        });
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i) != i + 1) {
                return "places " + places;
            }
        }
        if (answer.body().get("total").asInt() != ids.size()) {
            return "total " + answer.body().get("total") + " for " + ids.size() + " items";
        }
        if (ids.size() > inQueueOrder.size()
                || !ids.equals(inQueueOrder.subList(inQueueOrder.size() - ids.size(), inQueueOrder.size()))) {
            return "not the visitors still waiting, in arrival order: " + ids;
        }
        return null;
    }

    @Test
    void twoHundredConcurrentRequestsAgainstTwentyAgentsWithCapFive() throws Exception {
        Setup s = tenantWithAgents("load", 20, 5);
        for (long agent : s.agents()) {
            status(s.api(), agent, "ONLINE");
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String visitor = "visitor-" + i;
            replies.add(pool.submit(() -> {
                start.await();
                return request(s.api(), s.groupId(), visitor);
            }));
        }
        start.countDown();
        int assignedReplies = 0;
        for (Future<JsonNode> f : replies) {
            String state = f.get().get("state").asText();
            assertTrue(state.equals("ASSIGNED") || state.equals("QUEUED"), state);
            assignedReplies += state.equals("ASSIGNED") ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(100, assignedReplies, "exactly 100 requests were answered with an agent");

        List<JsonNode> assigned = conversations(s.api(), "ASSIGNED");
        List<JsonNode> queued = conversations(s.api(), "QUEUED");
        assertEquals(100, assigned.size());
        assertEquals(100, queued.size());
        Map<Long, Integer> perAgent = new HashMap<>();
        assigned.forEach(c -> perAgent.merge(c.get("agentId").asLong(), 1, Integer::sum));
        assertEquals(20, perAgent.size(), "every agent got work");
        perAgent.values().forEach(n -> assertEquals(5, n, "no agent above (or below) its cap of 5"));
        for (JsonNode agent : s.api().get("/api/v1/agents?limit=100").body().get("items")) {
            if (s.agents().contains(agent.get("agentId").asLong())) {
                assertEquals(5, agent.get("openConversations").asInt(), agent.toString());
            }
        }

        // the live queue lists the 100 waiting visitors in arrival order, positions 1..100
        JsonNode queue = s.api().get("/api/v1/queue?limit=500&skillGroupId=" + s.groupId()).body();
        assertEquals(100, queue.get("total").asInt());
        List<Long> inQueueOrder = new ArrayList<>();
        int expectedPosition = 1;
        Instant previous = Instant.MIN;
        for (JsonNode item : queue.get("items")) {
            assertEquals(expectedPosition++, item.get("position").asInt());
            Instant enqueued = Instant.parse(item.get("enqueuedAt").asText());
            assertTrue(!enqueued.isBefore(previous), "queue order is arrival order");
            previous = enqueued;
            inQueueOrder.add(item.get("conversationId").asLong());
        }
        List<Long> byArrival = new ArrayList<>(inQueueOrder);
        byArrival.sort(Comparator.naturalOrder());
        assertEquals(byArrival, inQueueOrder, "conversation ids are handed out in arrival order under the routing lock");
        JsonNode head = s.api().get("/api/v1/conversations/" + inQueueOrder.get(0)).body();
        assertEquals(1, head.get("position").asInt());
        assertEquals(0, head.get("peopleAhead").asInt());

        // while the agents drain the queue below, the live queue is read again and again (of the group and of the
        // tenant, which has this one group): each answer is one snapshot, never a 500 when a visitor leaves during
        // the read, its places 1..n, its total its length, and the visitors it lists those still waiting, in order
        AtomicBoolean draining = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> badAnswers = new CopyOnWriteArrayList<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<?> reading = reader.submit(() -> {
            while (draining.get()) {
                String path = reads.getAndIncrement() % 2 == 0
                        ? "/api/v1/queue?limit=500&skillGroupId=" + s.groupId() : "/api/v1/queue?limit=500";
                String problem = notOneSnapshot(s.api().get(path), inQueueOrder);
                if (problem != null) {
                    badAnswers.add(path + ": " + problem);
                }
            }
        });

        // agents close their chats one by one: each close hands the head of the queue to the freed agent (in the
        // tenant dispatcher's round right after the close committed)
        List<Long> servedOrder = new ArrayList<>();
        try {
            for (JsonNode c : assigned) {
                long agent = c.get("agentId").asLong();
                Api.Reply closed = s.api().post("/api/v1/conversations/" + c.get("id").asLong() + "/close", Map.of("agentId", agent));
                assertEquals(200, closed.status(), closed.toString());
                assertEquals("CLOSED", closed.body().get("state").asText());
                long next = inQueueOrder.get(servedOrder.size());
                JsonNode nowServed = awaitState(s.api(), next, "ASSIGNED");
                assertEquals("ASSIGNED", nowServed.get("state").asText(), "head of the queue goes next: " + nowServed);
                assertEquals(agent, nowServed.get("agentId").asLong(), "to the agent who just freed a slot");
                servedOrder.add(next);
            }
        } finally {
            draining.set(false); // the reader stops however the draining ends
            reader.shutdown();
        }
        assertEquals(inQueueOrder, servedOrder);
        reading.get(60, TimeUnit.SECONDS);
        assertEquals(List.of(), badAnswers, "every read of the draining queue was one consistent snapshot");
        assertTrue(reads.get() >= 2, "the queue was read while it drained: " + reads.get() + " reads");
        assertEquals(0, s.api().get("/api/v1/queue").body().get("total").asInt());
        for (JsonNode agent : s.api().get("/api/v1/agents?limit=100").body().get("items")) {
            assertTrue(agent.get("openConversations").asInt() <= 5, agent.toString());
        }
    }

    @Test
    void anAgentOnBreakReceivesNothingUntilReady() throws Exception {
        Setup s = tenantWithAgents("break", 2, 1);
        long resting = s.agents().get(0);
        long working = s.agents().get(1);
        status(s.api(), resting, "ONLINE");
        status(s.api(), resting, "BREAK");
        status(s.api(), working, "ONLINE");

        JsonNode first = request(s.api(), s.groupId(), "v-1");
        JsonNode second = request(s.api(), s.groupId(), "v-2");
        JsonNode third = request(s.api(), s.groupId(), "v-3");
        assertEquals("ASSIGNED", first.get("state").asText());
        assertEquals(working, first.get("agentId").asLong());
        assertEquals("QUEUED", second.get("state").asText());
        assertEquals(1, second.get("position").asInt());
        assertEquals("QUEUED", third.get("state").asText());
        assertEquals(2, third.get("position").asInt());
        assertEquals(0, s.api().get("/api/v1/agents/" + resting).body().get("openConversations").asInt());

        status(s.api(), working, "BUSY");
        s.api().post("/api/v1/conversations/" + first.get("id").asLong() + "/close", Map.of("agentId", working));
        Thread.sleep(1_500); // the dispatcher's round after the close has run by then
        assertEquals("QUEUED", s.api().get("/api/v1/conversations/" + second.get("id").asLong()).body().get("state").asText(),
                "busy (示忙) takes nothing new either");

        status(s.api(), resting, "ONLINE");
        JsonNode taken = s.api().get("/api/v1/conversations/" + second.get("id").asLong()).body();
        assertEquals("ASSIGNED", taken.get("state").asText());
        assertEquals(resting, taken.get("agentId").asLong(), "back from break, the agent takes the head of the queue");
        assertEquals(1, s.api().get("/api/v1/conversations/" + third.get("id").asLong()).body().get("position").asInt());
    }

    /**
     * RT-5 against the server: a returning visitor's conversation waits for the agent who served them last, the
     * visitor is told so (not "all busy" while another agent is idle), and after the wait any member takes it.
     */
    @Test
    void aReturningVisitorWaitsForThePreviousAgentAndIsToldSo() throws Exception {
        Setup s = tenantWithAgents("previous", 2, 1);
        ObjectNode settings = (ObjectNode) s.api().get("/api/v1/routing-settings").body();
        assertTrue(settings.get("previousAgentFirst").asBoolean(), "seed default: previous agent first");
        settings.put("previousAgentWaitSeconds", 3);
        assertEquals(200, s.api().put("/api/v1/routing-settings", settings).status());
        long first = s.agents().get(0);
        long second = s.agents().get(1);
        status(s.api(), first, "ONLINE");

        JsonNode earlier = request(s.api(), s.groupId(), "v-returning");
        assertEquals(first, earlier.get("agentId").asLong());
        s.api().post("/api/v1/conversations/" + earlier.get("id").asLong() + "/close", Map.of("agentId", first));
        JsonNode other = request(s.api(), s.groupId(), "v-other");
        assertEquals(first, other.get("agentId").asLong(), "the previous agent is now at its cap of 1");
        status(s.api(), second, "ONLINE");

        long asked = System.nanoTime();
        JsonNode back = request(s.api(), s.groupId(), "v-returning");
        long id = back.get("id").asLong();
        JsonNode waiting = s.api().get("/api/v1/conversations/" + id).body();
        assertEquals("QUEUED", waiting.get("state").asText(), "reserved for the busy previous agent, though 坐席1 is idle");
        JsonNode told = Poll.until(Duration.ofSeconds(10), "the visitor told of the wait", () -> {
            JsonNode t = s.api().get("/api/v1/conversations/" + id + "/messages").body();
            return t.size() > 0 ? t.get(0) : null;
        });
        assertEquals("PREVIOUS_AGENT", told.get("code").asText(), told.toString());
        assertTrue(told.get("body").asText().contains("坐席0"), told.toString());
        JsonNode served = Poll.until(Duration.ofSeconds(20), "the fallback after the wait", () -> {
            JsonNode c = s.api().get("/api/v1/conversations/" + id).body();
            return "ASSIGNED".equals(c.get("state").asText()) ? c : null;
        });
        assertEquals(second, served.get("agentId").asLong());
        assertTrue(System.nanoTime() - asked >= Duration.ofSeconds(3).toNanos(), "not before the wait ended");
        for (JsonNode line : s.api().get("/api/v1/conversations/" + id + "/messages").body()) {
            assertTrue(!"QUEUED".equals(line.get("code").asText()), "no all-busy message: " + line);
        }
    }

    /**
     * RT-9 rules by association and entry match real traffic: a widget site is an association (its site key), a
     * partner's app too ({@code association} of an IM line); the page's {@code data-entry} and the IM line's
     * {@code entry} are entries. The first matching rule wins.
     */
    @Test
    void routingRulesMatchTheSiteTheAppAndTheEntryButton() throws Exception {
        Setup s = tenantWithAgents("rules", 1, 10);
        long agent = s.agents().get(0);
        long fallback = s.groupId();
        long site = group(s.api(), "官网", agent);
        long afterSales = group(s.api(), "售后入口", agent);
        long ios = group(s.api(), "iOS App", agent);
        status(s.api(), agent, "ONLINE");
        String siteKey = s.api().post("/api/v1/widget-sites", Map.of("name", "官网")).body().get("siteKey").asText();
        ObjectNode settings = (ObjectNode) s.api().get("/api/v1/routing-settings").body();
        settings.set("rules", Api.JSON.valueToTree(List.of(
                Map.of("match", "ENTRY", "value", "after-sales", "target", "SKILL_GROUP", "skillGroupId", afterSales),
                Map.of("match", "ASSOCIATION", "value", siteKey, "target", "SKILL_GROUP", "skillGroupId", site),
                Map.of("match", "ASSOCIATION", "value", "ios-app", "target", "SKILL_GROUP", "skillGroupId", ios),
                Map.of("match", "DEFAULT", "target", "SKILL_GROUP", "skillGroupId", fallback))));
        Api.Reply saved = s.api().put("/api/v1/routing-settings", settings);
        assertEquals(200, saved.status(), saved.toString());

        assertEquals(site, widgetChat(s.api(), siteKey, "rules-web-1", null), "the site is the association");
        assertEquals(afterSales, widgetChat(s.api(), siteKey, "rules-web-2", "after-sales"), "the entry rule comes first");
        assertEquals(ios, imChat(s.api(), "rules-app-1", "ios-app", null), "the partner's app is the association");
        assertEquals(afterSales, imChat(s.api(), "rules-app-2", "ios-app", "after-sales"));
        assertEquals(fallback, imChat(s.api(), "rules-app-3", null, null), "nothing matches but DEFAULT");
        JsonNode c = s.api().get("/api/v1/conversations?state=ASSIGNED&limit=50").body();
        assertEquals(5, c.get("total").asInt(), c.toString());
    }

    /**
     * RT-8 against the server: in a work-hours segment a conversation goes to the segment's groups in overflow order
     * (the first group full, the next takes it); outside every segment it ends with the off-hours message.
     */
    @Test
    void workHoursRouteToTheSegmentsGroupsInOverflowOrderAndOffHoursEndsTheChat() {
        Setup s = tenantWithAgents("hours", 1, 1);
        long first = s.agents().get(0);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long second = s.api().post("/api/v1/agents", Map.of("username", "hours-b-" + suffix, "displayName", "溢出坐席",
                "password", "Pw-" + UUID.randomUUID(), "maxConcurrent", 1)).body().get("agentId").asLong();
        long overflow = group(s.api(), "溢出组", second);
        status(s.api(), first, "ONLINE");
        status(s.api(), second, "ONLINE");
        ObjectNode settings = (ObjectNode) s.api().get("/api/v1/routing-settings").body();
        ObjectNode hours = (ObjectNode) settings.get("workHours");
        hours.put("enabled", true);
        ObjectNode schedule = (ObjectNode) hours.get("schedule");
        schedule.put("zone", "UTC");
        schedule.set("workdays", Api.JSON.valueToTree(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY")));
        // one segment of the whole day (an end not after the start crosses midnight), overflow order: 售前咨询, 溢出组
        schedule.set("segments", Api.JSON.valueToTree(List.of(Map.of("start", "00:00", "end", "00:00",
                "action", "HUMAN", "skillGroupIds", List.of(s.groupId(), overflow)))));
        Api.Reply saved = s.api().put("/api/v1/routing-settings", settings);
        assertEquals(200, saved.status(), saved.toString());

        JsonNode a = s.api().post("/api/v1/conversations", Map.of("visitorId", "hours-1", "channel", "WEB")).body();
        assertEquals("ASSIGNED", a.get("state").asText(), a.toString());
        assertEquals(first, a.get("agentId").asLong(), "the segment's first group");
        JsonNode b = s.api().post("/api/v1/conversations", Map.of("visitorId", "hours-2", "channel", "WEB")).body();
        assertEquals("ASSIGNED", b.get("state").asText(), b.toString());
        assertEquals(second, b.get("agentId").asLong(), "the first group is full: the next in overflow order");
        assertEquals(overflow, b.get("skillGroupId").asLong());

        // no segment today: off hours, with the seed's message
        schedule.set("segments", Api.JSON.valueToTree(List.of()));
        assertEquals(200, s.api().put("/api/v1/routing-settings", settings).status());
        JsonNode c = s.api().post("/api/v1/conversations", Map.of("visitorId", "hours-3", "channel", "WEB")).body();
        assertEquals("OFF_HOURS", c.get("endReason").asText(), c.toString());
        assertEquals("您好，当前非工作时间段",
                s.api().get("/api/v1/conversations/" + c.get("id").asLong() + "/messages").body().get(0).get("body").asText());
    }

    /** The tenant's default strategy (对话设置 坐席分配策略) is what a new skill group starts with. */
    @Test
    void aNewGroupStartsWithTheTenantsDefaultStrategy() {
        Api api = new Api(server, Api.newTenant(server, "strategy").apiKey());
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        assertEquals("LEAST_BUSY", settings.get("defaultStrategy").asText(), "seed default");
        assertEquals("LEAST_BUSY", api.post("/api/v1/skill-groups", Map.of("name", "甲")).body().get("strategy").asText());
        settings.put("defaultStrategy", "ROUND_ROBIN");
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        JsonNode created = api.post("/api/v1/skill-groups", Map.of("name", "乙")).body();
        assertEquals("ROUND_ROBIN", created.get("strategy").asText(), created.toString());
    }

    private static long group(Api api, String name, long member) {
        long id = api.post("/api/v1/skill-groups", Map.of("name", name)).body().get("id").asLong();
        assertEquals(200, api.put("/api/v1/skill-groups/" + id + "/members", List.of(Map.of("agentId", member))).status());
        return id;
    }

    /** A widget visitor's first line (with the page's entry, if any): the group the conversation was routed to. */
    private long widgetChat(Api api, String siteKey, String visitor, String entry) throws Exception {
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        java.net.http.WebSocket socket = AgentSocketIT.visitorSocket(server, siteKey, visitor, 0, frames);
        frames.await(f -> AgentSocketIT.is(f, "hello"));
        socket.sendText("{\"type\":\"send\",\"clientId\":\"" + visitor + "\",\"text\":\"你好\""
                + (entry == null ? "" : ",\"entry\":\"" + entry + "\"") + "}", true);
        long id = frames.await(f -> AgentSocketIT.is(f, "state") && "ASSIGNED".equals(f.get("event").asText()))
                .get("conversationId").asLong();
        socket.abort();
        return api.get("/api/v1/conversations/" + id).body().get("skillGroupId").asLong();
    }

    /** An app user's first line through the IM API with an association and entry: the group it was routed to. */
    private static long imChat(Api api, String sender, String association, String entry) throws InterruptedException {
        Map<String, Object> line = new HashMap<>(Map.of("senderId", sender, "clientMessageId", sender, "text", "你好"));
        if (association != null) {
            line.put("association", association);
        }
        if (entry != null) {
            line.put("entry", entry);
        }
        assertEquals(202, api.post("/api/v1/im/messages", line).status());
        return Poll.until(Duration.ofSeconds(20), "the conversation of " + sender, () -> {
            JsonNode c = api.get("/api/v1/im/visitors/" + sender + "/conversation").body().path("conversation");
            return c.hasNonNull("skillGroupId") ? Long.valueOf(c.get("skillGroupId").asLong()) : null;
        });
    }

    @Test
    void queueTimeoutEndsTheWaitWithTheSeedMessage() throws Exception {
        Setup s = tenantWithAgents("timeout", 1, 1);
        ObjectNode settings = (ObjectNode) s.api().get("/api/v1/routing-settings").body();
        assertEquals("对不起。排队超时", settings.get("queueTimeout").get("message").asText(), "seed default");
        assertEquals(180, settings.get("queueTimeout").get("seconds").asInt(), "seed default");
        ((ObjectNode) settings.get("queueTimeout")).put("seconds", 2);
        Api.Reply saved = s.api().put("/api/v1/routing-settings", settings);
        assertEquals(200, saved.status(), saved.toString());

        status(s.api(), s.agents().get(0), "ONLINE");
        request(s.api(), s.groupId(), "v-served");
        JsonNode waiting = request(s.api(), s.groupId(), "v-waiting");
        assertEquals("QUEUED", waiting.get("state").asText());
        long id = waiting.get("id").asLong();

        JsonNode after = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            after = s.api().get("/api/v1/conversations/" + id).body();
            if (!"QUEUED".equals(after.get("state").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals("TIMED_OUT", after.get("state").asText(), after.toString());
        assertEquals("QUEUE_TIMEOUT", after.get("endReason").asText());
        JsonNode transcript = s.api().get("/api/v1/conversations/" + id + "/messages").body();
        assertEquals("坐席全忙，已进入等待队列，在您之前，还有 0 位等待用户。", transcript.get(0).get("body").asText());
        assertEquals("QUEUE_TIMEOUT", transcript.get(1).get("code").asText());
        assertEquals("对不起。排队超时", transcript.get(1).get("body").asText());
        assertEquals(0, s.api().get("/api/v1/queue").body().get("total").asInt());
    }

    @Test
    void nobodyOnlineOffersLeaveAMessageAndBadSettingsAreRefused() {
        Setup s = tenantWithAgents("nobody", 1, 1);
        JsonNode c = request(s.api(), s.groupId(), "v-alone");
        assertEquals("LEFT_MESSAGE", c.get("state").asText());
        assertEquals("NOBODY_ONLINE", c.get("endReason").asText());
        assertEquals("您好，当前无人工坐席在线",
                s.api().get("/api/v1/conversations/" + c.get("id").asLong() + "/messages").body().get(0).get("body").asText());

        ObjectNode settings = (ObjectNode) s.api().get("/api/v1/routing-settings").body();
        settings.put("maxConcurrentPerAgent", 500);
        Api.Reply refused = s.api().put("/api/v1/routing-settings", settings);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("maxConcurrentPerAgent", refused.body().get("errors").get(0).get("field").asText());
        assertEquals(10, s.api().get("/api/v1/routing-settings").body().get("maxConcurrentPerAgent").asInt(), "nothing saved");
    }

    @Test
    void transferNeedsTheReceiversConfirmation() {
        Setup s = tenantWithAgents("transfer", 2, 2);
        long from = s.agents().get(0);
        long to = s.agents().get(1);
        status(s.api(), from, "ONLINE");
        JsonNode c = request(s.api(), s.groupId(), "v-t");
        long id = c.get("id").asLong();
        assertEquals(from, c.get("agentId").asLong());
        status(s.api(), to, "ONLINE");

        Api.Reply offered = s.api().post("/api/v1/conversations/" + id + "/transfer", Map.of("fromAgentId", from, "toAgentId", to));
        assertEquals(200, offered.status(), offered.toString());
        assertEquals(to, offered.body().get("transferToAgentId").asLong());
        Api.Reply wrong = s.api().post("/api/v1/conversations/" + id + "/transfer/answer", Map.of("agentId", from, "accept", true));
        assertEquals(409, wrong.status(), "only the receiver can answer");
        Api.Reply accepted = s.api().post("/api/v1/conversations/" + id + "/transfer/answer", Map.of("agentId", to, "accept", true));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(to, accepted.body().get("agentId").asLong());
        assertEquals(0, s.api().get("/api/v1/agents/" + from).body().get("openConversations").asInt());
        assertEquals(1, s.api().get("/api/v1/agents/" + to).body().get("openConversations").asInt());
        JsonNode transcript = s.api().get("/api/v1/conversations/" + id + "/messages").body();
        assertEquals("已为您转接坐席坐席1", transcript.get(transcript.size() - 1).get("body").asText());
    }

    private static ObjectNode settings(Api api) {
        return (ObjectNode) api.get("/api/v1/routing-settings").body();
    }

    private static JsonNode awaitState(Api api, long conversation, String state) throws InterruptedException {
        return Poll.until(Duration.ofSeconds(20), "conversation " + conversation + " " + state, () -> {
            JsonNode c = api.get("/api/v1/conversations/" + conversation).body();
            return state.equals(c.get("state").asText()) ? c : null;
        });
    }

    @Test
    void silentCustomerIsWarnedThenClosedAndTheSeatIsFreed() throws Exception {
        Setup s = tenantWithAgents("idle", 1, 1);
        ObjectNode settings = settings(s.api());
        ((ObjectNode) settings.get("customerIdleWarning")).put("seconds", 1);
        ((ObjectNode) settings.get("customerIdleClose")).put("seconds", 1);
        assertEquals(200, s.api().put("/api/v1/routing-settings", settings).status());
        long agent = s.agents().get(0);
        status(s.api(), agent, "ONLINE");
        long id = request(s.api(), s.groupId(), "v-silent").get("id").asLong();
        JsonNode waiting = request(s.api(), s.groupId(), "v-next");
        assertEquals("QUEUED", waiting.get("state").asText());

        Api.Reply wrote = s.api().post("/api/v1/conversations/" + id + "/messages", Map.of("agentId", agent, "text", "您好，请问需要什么帮助？"));
        assertEquals(200, wrote.status(), wrote.toString());
        JsonNode closed = awaitState(s.api(), id, "CLOSED");
        assertEquals("CUSTOMER_IDLE", closed.get("endReason").asText());
        List<String> codes = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        s.api().get("/api/v1/conversations/" + id + "/messages").body().forEach(m -> {
            codes.add(m.hasNonNull("code") ? m.get("code").asText() : m.get("sender").asText());
            bodies.add(m.get("body").asText());
        });
        assertEquals(List.of("ASSIGNED", "WELCOME", "AGENT", "CUSTOMER_IDLE_WARNING", "CUSTOMER_IDLE_CLOSE"), codes);
        assertTrue(bodies.contains("您还在吗？") && bodies.contains("对不起，再见！"), bodies.toString());
        JsonNode next = awaitState(s.api(), waiting.get("id").asLong(), "ASSIGNED");
        assertEquals(agent, next.get("agentId").asLong(), "the freed slot went to the waiting visitor");
    }

    @Test
    void anUnansweredConversationIsReroutedToAnotherAgent() throws Exception {
        Setup s = tenantWithAgents("reroute", 2, 1);
        ObjectNode settings = settings(s.api());
        ((ObjectNode) settings.get("rerouteUnanswered")).put("enabled", true).put("seconds", 1);
        assertEquals(200, s.api().put("/api/v1/routing-settings", settings).status());
        long first = s.agents().get(0);
        long second = s.agents().get(1);
        status(s.api(), first, "ONLINE");
        JsonNode c = request(s.api(), s.groupId(), "v-r");
        assertEquals(first, c.get("agentId").asLong());
        status(s.api(), second, "ONLINE");

        long id = c.get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode now = c;
        while (Instant.now().isBefore(deadline) && now.get("agentId").asLong() == first) {
            Thread.sleep(200);
            now = s.api().get("/api/v1/conversations/" + id).body();
        }
        assertEquals("ASSIGNED", now.get("state").asText(), now.toString());
        assertEquals(second, now.get("agentId").asLong(), "re-routed to the other agent, never back to the first");
        assertEquals(0, s.api().get("/api/v1/agents/" + first).body().get("openConversations").asInt());
        Api.Reply accepted = s.api().post("/api/v1/conversations/" + id + "/accept", Map.of("agentId", second));
        assertEquals(200, accepted.status(), accepted.toString());
        Thread.sleep(1500);
        assertEquals(second, s.api().get("/api/v1/conversations/" + id).body().get("agentId").asLong(), "accepted: stays");
    }
}
