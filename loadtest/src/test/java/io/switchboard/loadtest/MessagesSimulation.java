package io.switchboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * <b>messages</b>: visitor↔agent chat at a fixed arrival rate. {@code agents} agents go online; {@code visitors}
 * visitors each open a conversation and then send one line every {@code periodSeconds}; every agent answers each
 * of its conversations once per period. Total rate = visitors × 2 / period (1,000 visitors, 2 s: 1,000 lines/s).
 *
 * <p>Each line carries its scheduled send time ({@code lt|who|n|epochMillis}); a sender that falls behind keeps
 * its schedule, so a stall shows as latency. Latency = arrival on the other side's socket − scheduled time,
 * recorded after the warm-up only. At the end every line sent must have arrived exactly once: the receiver keys
 * lines by (who, n) and counts a second server sequence number for the same key as a duplicate.
 */
public class MessagesSimulation extends Simulation {

    private static final Set<String> SENT = ConcurrentHashMap.newKeySet();
    private static final ConcurrentMap<String, Long> RECEIVED = new ConcurrentHashMap<>();

    private final Fixture.Data fixture = Fixture.read();
    private final int visitors = LoadConfig.integer("visitors", 1_000);
    private final int agents = LoadConfig.integer("agents", 200);
    private final long period = 1000L * LoadConfig.integer("periodSeconds", 2);
    private final int visitorRate = LoadConfig.integer("visitorRate", 20);
    private final int agentRate = LoadConfig.integer("agentRate", 8);
    private final long duration = 1000L * LoadConfig.integer("durationSeconds", 600);
    private final long warmup = 1000L * LoadConfig.integer("warmupSeconds", 30);
    private final long drain = 1000L * LoadConfig.integer("drainSeconds", 20);

    private final long agentsReady = 1000L * agents / agentRate + 10_000;
    private final long start = System.currentTimeMillis();
    private final long measureFrom = start + agentsReady + 1000L * visitors / visitorRate + warmup;
    private final long measureTo = measureFrom + duration;

    {
        Steps.window(measureFrom, measureTo);
        ScenarioBuilder agentChat = scenario("agents")
                .feed(Steps.agentFeed(fixture, 0, agents).iterator())
                .exec(Steps.agentOnline())
                .exitHereIfFailed()
                .exec(s -> s.set("conversations", new ArrayList<Long>()).set("tick", System.currentTimeMillis()).set("n", 0L))
                .exec(asLongAs(s -> s.getLong("tick") < measureTo).on(
                        exec(pause(s -> Steps.until(s.getLong("tick"))))
                                .exec(Steps.drain("agent", this::agentReceived))
                                // the workbench's heartbeat: an agent without chats sends nothing else, and the
                                // server closes sockets silent for 60 s
                                .exec(doIf(s -> s.getLong("n") % Math.max(1, 20_000 / period) == 0).then(
                                        exec(ws("agent heartbeat").wsName("agent").sendText("{\"type\":\"ping\"}"))))
                                .exec(foreach(s -> List.copyOf(s.<Long>getList("conversations")), "conversation").on(
                                        exec(Steps.drain("agent", this::agentReceived))
                                                .exec(ws("agent line").wsName("agent").sendText(this::agentLine))))
                                .exec(s -> s.set("tick", s.getLong("tick") + period).set("n", s.getLong("n") + 1))))
                .exec(pause(s -> Steps.until(measureTo + drain)))
                .exec(Steps.drain("agent", this::agentReceived))
                .exec(ws("agent socket close").wsName("agent").close());

        ScenarioBuilder visitorChat = scenario("visitors")
                .exec(s -> s.set("visitorId", "loadtest-v-" + s.userId()))
                .exec(Steps.visitorSocket(fixture.siteKey()))
                .exec(ws("first line → assigned").wsName("visitor")
                        .sendText(s -> "{\"type\":\"send\",\"clientId\":\"" + s.getString("visitorId") + "-0\",\"text\":\"你好\","
                                + "\"skillGroupId\":" + fixture.skillGroupId() + "}")
                        .await(60).on(ws.checkTextMessage("assigned").matching(jsonPath("$.event").is("ASSIGNED"))
                                .check(jsonPath("$.event").is("ASSIGNED"))))
                .exitHereIfFailed()
                .exec(s -> s.set("tick", System.currentTimeMillis()).set("n", 1L))
                .exec(asLongAs(s -> s.getLong("tick") < measureTo).on(
                        exec(pause(s -> Steps.until(s.getLong("tick"))))
                                .exec(Steps.drain("visitor", this::visitorReceived))
                                .exec(ws("visitor line").wsName("visitor").sendText(this::visitorLine))
                                .exec(s -> s.set("tick", s.getLong("tick") + period).set("n", s.getLong("n") + 1))))
                .exec(pause(s -> Steps.until(measureTo + drain)))
                .exec(Steps.drain("visitor", this::visitorReceived))
                .exec(ws("visitor socket close").wsName("visitor").close());

        setUp(agentChat.injectOpen(rampUsers(agents).during(Steps.ramp(agents, agentRate))),
                visitorChat.injectOpen(nothingFor(Duration.ofMillis(agentsReady)),
                        rampUsers(visitors).during(Steps.ramp(visitors, visitorRate))))
                .protocols(Steps.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    private String visitorLine(Session s) {
        String who = s.getString("visitorId");
        long n = s.getLong("n");
        SENT.add(who + "|" + n);
        return "{\"type\":\"send\",\"clientId\":\"" + who + "-" + n + "\",\"text\":\"" + Steps.mark(who, n, s.getLong("tick"))
                + "\"}";
    }

    private String agentLine(Session s) {
        long conversation = s.getLong("conversation");
        String who = "c" + conversation;
        long n = s.getLong("n");
        SENT.add(who + "|" + n);
        return "{\"type\":\"send\",\"conversationId\":" + conversation + ",\"text\":\"" + Steps.mark(who, n, s.getLong("tick"))
                + "\"}";
    }

    private void agentReceived(Session s, Steps.Inbound in) {
        String type = in.frame().path("type").asText();
        if (type.equals("error")) {
            Results.count("agent error frames");
        } else if (type.equals("event")) {
            List<Long> mine = s.getList("conversations");
            long conversation = in.frame().path("conversationId").asLong();
            switch (in.frame().path("event").asText()) {
                case "ASSIGNED", "TRANSFERRED" -> mine.add(conversation);
                case "ENDED" -> {
                    mine.remove(conversation);
                    Results.count("conversations ended during the run");
                }
                default -> {
                }
            }
        } else if (type.equals("message") && in.frame().path("sender").asText().equals("VISITOR")) {
            received(in, "visitor → agent");
        }
    }

    private void visitorReceived(Session s, Steps.Inbound in) {
        if (in.frame().path("type").asText().equals("error")) {
            Results.count("visitor error frames");
        } else if (in.frame().path("type").asText().equals("message") && in.frame().path("sender").asText().equals("AGENT")) {
            received(in, "agent → visitor");
        }
    }

    /** Dedupes by (who, n); a second sequence number for the same line means the server stored it twice. */
    private void received(Steps.Inbound in, String direction) {
        String[] mark = Steps.marked(in.frame().path("body").asText());
        if (mark == null) {
            return;
        }
        String key = mark[1] + "|" + mark[2];
        long seq = in.frame().path("conversationId").asLong() * 1_000_000L + in.frame().path("seq").asLong();
        Long before = RECEIVED.putIfAbsent(key, seq);
        if (before == null) {
            long scheduled = Long.parseLong(mark[3]);
            if (scheduled >= measureFrom && scheduled < measureTo) {
                Results.latency(direction, (scheduled - measureFrom) / 1000, in.at() - scheduled);
            }
        } else if (before != seq) {
            Results.count("duplicated lines");
        }
    }

    @Override
    public void after() {
        long lost = SENT.stream().filter(k -> !RECEIVED.containsKey(k)).count();
        Results.add("lost agent lines", SENT.stream().filter(k -> k.startsWith("c") && !RECEIVED.containsKey(k)).count());
        Results.add("lines sent", SENT.size());
        Results.add("lines received once", RECEIVED.size());
        Results.add("lost lines", lost);
        Results.add("measured seconds", duration / 1000);
        long lines = Results.samples("visitor → agent") + Results.samples("agent → visitor");
        double perSecond = lines * 1000.0 / duration;
        Results.note("durable lines/s in the window", String.format("%.0f", perSecond));
        int pgbench = LoadConfig.integer("pgbenchInserts", 0);
        if (pgbench > 0) {
            Results.note("ratio to pgbench inserts/s", String.format("%.3f", perSecond / pgbench));
        }
        // the report rollups keep up (issue 21): how far behind they are once the last line was received
        Results.note("report rollup lag at the end (s)", String.format("%.1f", Fixture.reportLagSeconds(fixture)));
        Results.write("messages");
    }
}
