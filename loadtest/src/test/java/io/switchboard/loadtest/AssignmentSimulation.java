package io.switchboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * <b>assignment</b>, in two phases against the same {@code agents} agents of cap {@code cap}:
 * <ol>
 * <li><b>free agents</b>: {@code rate} new visitors a second for {@code burstSeconds} (50/s × 60 s = 3,000, exactly
 * the agents' capacity); measured: the visitor's first line leaving → the offer ({@code ASSIGNED} previewing that
 * line) arriving on the agent's socket;</li>
 * <li><b>all busy</b>: {@code queueSeconds} more of arrivals wait in the queue; then every agent closes one
 * conversation every {@code freeEverySeconds} (spread over the agents) for {@code freeSeconds}; measured: the
 * scheduled close → the next offer on that agent's socket.</li>
 * </ol>
 * Both are taken from the agent socket's arrival times; the first {@code warmupSeconds} of the burst are dropped.
 */
public class AssignmentSimulation extends Simulation {

    static final String FIRST_OFFER = "first line → offer (free agents)";
    /** The widget's and the workbench's heartbeat period. */
    static final long HEARTBEAT = 25_000;
    static final String NEXT_OFFER = "capacity freed → next offer (all busy)";

    private final Fixture.Data fixture = Fixture.read();
    private final int agents = LoadConfig.integer("agents", 100);
    private final int rate = LoadConfig.integer("rate", 50);
    private final long burst = 1000L * LoadConfig.integer("burstSeconds", 60);
    private final long queue = 1000L * LoadConfig.integer("queueSeconds", 20);
    private final long freeFor = 1000L * LoadConfig.integer("freeSeconds", 60);
    private final long freeEvery = 1000L * LoadConfig.integer("freeEverySeconds", 10);
    private final long warmup = 1000L * LoadConfig.integer("warmupSeconds", 10);
    private final int agentRate = LoadConfig.integer("agentRate", 8);

    private final long start = System.currentTimeMillis();
    private final long burstAt = start + 1000L * agents / agentRate + 10_000;
    private final long freeAt = burstAt + burst + queue + 10_000;
    private final long freeUntil = freeAt + freeFor;
    private final long end = freeUntil + 10_000;

    {
        Steps.window(burstAt + warmup, freeUntil);
        ScenarioBuilder agentDesk = scenario("agents")
                .feed(Steps.agentFeed(fixture, 0, agents).iterator())
                .exec(Steps.agentOnline())
                .exitHereIfFailed()
                // this agent's close times: every freeEvery from freeAt, shifted by its place among the agents
                .exec(s -> s.set("desk", new Desk(freeAt + (s.userId() % agents) * freeEvery / agents)))
                .exec(asLongAs(s -> System.currentTimeMillis() < end).on(
                        exec(pause(s -> Steps.until(Math.min(desk(s).nextClose, System.currentTimeMillis() + 200))))
                                .exec(Steps.drain("agent", this::agentReceived))
                                .exec(doIf(this::closeDue).then(
                                        exec(ws("agent frees capacity").wsName("agent").sendText(this::close))))
                                .exec(doIf(this::pingDue).then(
                                        exec(ws("agent heartbeat").wsName("agent").sendText("{\"type\":\"ping\"}"))))))
                .exec(s -> {
                    if (desk(s).pendingClose != 0) {
                        Results.count("capacity freed, no offer followed");
                    }
                    return s;
                })
                .exec(ws("agent socket close").wsName("agent").close());

        ScenarioBuilder visitors = scenario("visitors")
                .exec(s -> s.set("visitorId", "loadtest-a-" + s.userId()))
                .exec(Steps.visitorSocket(fixture.siteKey()))
                .exec(s -> s.set("sentAt", System.currentTimeMillis()))
                .exec(ws("first line → assigned or queued (visitor)").wsName("visitor")
                        .sendText(s -> "{\"type\":\"send\",\"clientId\":\"" + s.getString("visitorId") + "-0\",\"text\":\""
                                + Steps.mark(s.getString("visitorId"), 0, s.getLong("sentAt")) + "\",\"skillGroupId\":"
                                + fixture.skillGroupId() + "}")
                        .await(30).on(ws.checkTextMessage("routed").matching(jsonPath("$.event").in("ASSIGNED", "QUEUED"))
                                .check(jsonPath("$.event").in("ASSIGNED", "QUEUED"))))
                // the widget pings every 25 s; a socket that stays silent longer is closed by the server
                .exec(asLongAs(s -> System.currentTimeMillis() < end).on(
                        exec(pause(s -> Steps.until(Math.min(end, System.currentTimeMillis() + HEARTBEAT))))
                                .exec(ws("visitor heartbeat").wsName("visitor").sendText("{\"type\":\"ping\"}"))))
                .exec(ws("visitor socket close").wsName("visitor").close());

        setUp(agentDesk.injectOpen(rampUsers(agents).during(Steps.ramp(agents, agentRate))),
                visitors.injectOpen(nothingFor(Duration.ofMillis(burstAt - start)),
                        constantUsersPerSec(rate).during(Duration.ofMillis(burst + queue))))
                .protocols(Steps.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One virtual agent's view of its desk; lives in the session, touched only by that agent's actions. */
    static final class Desk {
        final Deque<Long> conversations = new ArrayDeque<>();
        long nextClose;
        long pendingClose;
        long nextPing = System.currentTimeMillis() + HEARTBEAT;

        Desk(long firstClose) {
            nextClose = firstClose;
        }
    }

    private static Desk desk(Session s) {
        return s.get("desk");
    }

    private boolean pingDue(Session s) {
        Desk d = desk(s);
        long now = System.currentTimeMillis();
        if (now < d.nextPing) {
            return false;
        }
        d.nextPing = now + HEARTBEAT;
        return true;
    }

    private boolean closeDue(Session s) {
        Desk d = desk(s);
        long now = System.currentTimeMillis();
        return now >= d.nextClose && now < freeUntil && !d.conversations.isEmpty();
    }

    /** Closes the oldest conversation at its scheduled time; the next offer is timed from that schedule. */
    private String close(Session s) {
        Desk d = desk(s);
        if (d.pendingClose != 0) {
            Results.count("capacity freed, no offer followed");
        }
        d.pendingClose = d.nextClose;
        d.nextClose += freeEvery;
        Results.count("capacity freed");
        return "{\"type\":\"close\",\"conversationId\":" + d.conversations.removeFirst() + "}";
    }

    private void agentReceived(Session s, Steps.Inbound in) {
        JsonNode f = in.frame();
        String type = f.path("type").asText();
        if (type.equals("error")) {
            Results.count("agent error frames");
            return;
        }
        if (!type.equals("event")) {
            return;
        }
        Desk d = desk(s);
        switch (f.path("event").asText()) {
            case "ASSIGNED" -> {
                d.conversations.addLast(f.path("conversationId").asLong());
                Results.count("offers");
                if (d.pendingClose != 0 && in.at() >= d.pendingClose) {
                    Results.latency(NEXT_OFFER, in.at() - d.pendingClose);
                    d.pendingClose = 0;
                } else {
                    firstLine(f).ifPresent(sentAt -> {
                        if (sentAt >= burstAt + warmup && sentAt < burstAt + burst) {
                            Results.latency(FIRST_OFFER, in.at() - sentAt);
                        }
                    });
                }
            }
            case "ENDED" -> d.conversations.remove(f.path("conversationId").asLong());
            default -> {
            }
        }
    }

    /** When the visitor's first line left, from the marked line the offer previews (the visitor wrote one line). */
    private static java.util.Optional<Long> firstLine(JsonNode offer) {
        String[] mark = Steps.marked(offer.path("preview").path("body").asText());
        return mark == null ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(mark[3]));
    }

    @Override
    public void after() {
        Results.write("assignment");
    }
}
