package io.switchboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * <b>sockets</b>: idle widget sockets and agent sockets held open with heartbeats until the run script drops the
 * stop file. One process takes one role ({@code loadtest.role=agents|visitors|all}) and, for visitors, one shard
 * ({@code loadtest.shard} of {@code loadtest.shards}), so that no process holds more than about 5,000 sockets.
 *
 * <p>Counted as failures: a handshake or hello that does not come, a heartbeat without its answer within 30 s
 * (a socket the server closed cannot answer). Gatling's report has each step's times.
 */
public class SocketsSimulation extends Simulation {

    private final Fixture.Data fixture = Fixture.read();
    private final String role = LoadConfig.text("role", "all");
    private final int visitors = LoadConfig.integer("visitors", 10_000);
    private final int agents = LoadConfig.integer("agents", 1_000);
    private final int shard = LoadConfig.integer("shard", 0);
    private final int shards = LoadConfig.integer("shards", 1);
    private final int visitorRate = LoadConfig.integer("visitorRate", 50);
    private final int agentRate = LoadConfig.integer("agentRate", 8);
    private final int heartbeat = LoadConfig.integer("heartbeatSeconds", 30);

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (!role.equals("visitors")) {
            Results.add("agent heartbeats failed", 0);
            ScenarioBuilder agentSockets = scenario("agent sockets")
                    .feed(Steps.agentFeed(fixture, 0, agents).iterator())
                    .exec(Steps.agentSocket())
                    .exitHereIfFailed()
                    .exec(hold("agent", "agent heartbeat", "{\"type\":\"ping\",\"ref\":\"hb\"}", "ok"))
                    .exec(ws("agent socket close").wsName("agent").close());
            populations.add(agentSockets.injectOpen(rampUsers(agents).during(Steps.ramp(agents, agentRate))));
        }
        if (!role.equals("agents")) {
            Results.add("visitor heartbeats failed", 0);
            int mine = visitors / shards + (shard < visitors % shards ? 1 : 0);
            ScenarioBuilder visitorSockets = scenario("visitor sockets")
                    .exec(s -> s.set("visitorId", "loadtest-" + shard + "-" + s.userId()))
                    .exec(Steps.visitorSocket(fixture.siteKey()))
                    .exitHereIfFailed()
                    .exec(hold("visitor", "visitor heartbeat", "{\"type\":\"ping\"}", "pong"))
                    .exec(ws("visitor socket close").wsName("visitor").close());
            populations.add(visitorSockets.injectOpen(rampUsers(mine).during(Steps.ramp(mine, visitorRate))));
        }
        setUp(populations).protocols(Steps.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Heartbeats every {@code heartbeat} seconds (first one at a random offset) until the stop file appears. */
    private ChainBuilder hold(String socket, String request, String ping, String answer) {
        return exec(pause(s -> Duration.ofMillis(ThreadLocalRandom.current().nextLong(1000L * heartbeat))))
                .exec(asLongAs(s -> !Steps.stopRequested()).on(
                        exec(ws(request).wsName(socket).sendText(ping)
                                .await(30).on(ws.checkTextMessage(request + " answer")
                                        .matching(jsonPath("$.type").is(answer)).check(jsonPath("$.type").is(answer))))
                                .exec(Steps.countFailure(socket + " heartbeats failed"))
                                .exec(pause(Duration.ofSeconds(heartbeat)))));
    }

    @Override
    public void after() {
        Results.write("sockets-" + role + "-" + shard);
    }
}
