package io.switchboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.sun.net.httpserver.HttpServer;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * <b>flows</b>: visitors answered by a flow (FL-1) at a fixed rate, no agent involved. The tenant's routing sends
 * every new web conversation to a flow: a menu (1 = 查订单), then an HTTP node that asks a local order service (this
 * process serves it) for the order's status, then a message with it ("订单状态：已发货"), then the menu again.
 * {@code visitors} visitors each open a conversation and then choose "1" every {@code periodSeconds}: rate =
 * visitors / period lines a second (600 visitors, 2 s: 300 lines/s). A visitor whose previous choice is still
 * unanswered at its next tick skips that tick (counted), as a person waits for the answer, so a slow server shows as
 * skipped choices and a lower answered rate as well as latency.
 *
 * <p>Latency = arrival of the status line on the visitor's socket − the scheduled send time of the choice it
 * answers, recorded after the warm-up only. At the end every choice sent must have had its answer.
 */
public class FlowsSimulation extends Simulation {

    /** Scheduled send times of each visitor's choices not answered yet, oldest first. */
    private static final Map<String, Deque<Long>> WAITING = new ConcurrentHashMap<>();
    private static final LongAdder SENT = new LongAdder();
    private static final LongAdder ANSWERED = new LongAdder();
    private static final LongAdder API_CALLS = new LongAdder();
    static final String STATUS_LINE = "订单状态：";

    private final Fixture.Data fixture = Fixture.read();
    private final int visitors = LoadConfig.integer("visitors", 600);
    private final long period = 1000L * LoadConfig.integer("periodSeconds", 2);
    private final int visitorRate = LoadConfig.integer("visitorRate", 40);
    private final int apiPort = LoadConfig.integer("apiPort", 18089);
    private final long duration = 1000L * LoadConfig.integer("durationSeconds", 120);
    private final long warmup = 1000L * LoadConfig.integer("warmupSeconds", 30);
    private final long drain = 1000L * LoadConfig.integer("drainSeconds", 20);

    private final long start = System.currentTimeMillis() + 5_000;
    private final long measureFrom = start + 1000L * visitors / visitorRate + warmup;
    private final long measureTo = measureFrom + duration;
    private final HttpServer orders = orderService(apiPort);

    {
        FlowFixture.install(fixture, "http://127.0.0.1:" + apiPort + "/orders");
        Steps.window(measureFrom, measureTo);
        ScenarioBuilder visitorChat = scenario("visitors")
                .exec(s -> s.set("visitorId", "loadtest-f-" + s.userId()))
                .exec(Steps.visitorSocket(fixture.siteKey()))
                .exec(ws("first line → menu").wsName("visitor")
                        .sendText(s -> "{\"type\":\"send\",\"clientId\":\"" + s.getString("visitorId") + "-0\",\"text\":\"你好\"}")
                        .await(60).on(ws.checkTextMessage("menu").matching(jsonPath("$.sender").is("BOT"))
                                .check(jsonPath("$.sender").is("BOT"))))
                .exitHereIfFailed()
                .exec(s -> s.set("tick", Math.max(System.currentTimeMillis(), start)).set("n", 1L))
                .exec(asLongAs(s -> s.getLong("tick") < measureTo).on(
                        exec(pause(s -> Steps.until(s.getLong("tick"))))
                                .exec(Steps.drain("visitor", this::received))
                                .exec(doIfOrElse(this::answered).then(
                                        exec(ws("visitor choice").wsName("visitor").sendText(this::choice)))
                                        .orElse(exec(s -> {
                                            Results.count("choices skipped (the previous one unanswered)");
                                            return s;
                                        })))
                                .exec(s -> s.set("tick", s.getLong("tick") + period).set("n", s.getLong("n") + 1))))
                .exec(pause(s -> Steps.until(measureTo + drain)))
                .exec(Steps.drain("visitor", this::received))
                .exec(ws("visitor socket close").wsName("visitor").close());

        setUp(visitorChat.injectOpen(rampUsers(visitors).during(Steps.ramp(visitors, visitorRate))))
                .protocols(Steps.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** The local order service the flow's HTTP node calls: every order has shipped. */
    private static HttpServer orderService(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
            server.setExecutor(Executors.newFixedThreadPool(4));
            byte[] body = "{\"data\":{\"status\":\"已发货\"}}".getBytes(StandardCharsets.UTF_8);
            server.createContext("/orders", exchange -> {
                API_CALLS.increment();
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the order service on port " + port, e);
        }
    }

    /** A visitor chooses again only once its previous choice was answered, as a person would. */
    private boolean answered(Session s) {
        Deque<Long> waiting = WAITING.computeIfAbsent(s.getString("visitorId"), k -> new ArrayDeque<>());
        synchronized (waiting) {
            return waiting.isEmpty();
        }
    }

    private String choice(Session s) {
        String who = s.getString("visitorId");
        long n = s.getLong("n");
        Deque<Long> waiting = WAITING.computeIfAbsent(who, k -> new ArrayDeque<>());
        synchronized (waiting) {
            waiting.addLast(s.getLong("tick"));
        }
        SENT.increment();
        return "{\"type\":\"send\",\"clientId\":\"" + who + "-" + n + "\",\"text\":\"1\"}";
    }

    private void received(Session s, Steps.Inbound in) {
        if (in.frame().path("type").asText().equals("error")) {
            Results.count("visitor error frames");
            return;
        }
        if (!in.frame().path("type").asText().equals("message") || !in.frame().path("sender").asText().equals("BOT")
                || !in.frame().path("body").asText().startsWith(STATUS_LINE)) {
            return;
        }
        Deque<Long> waiting = WAITING.get(s.getString("visitorId"));
        Long scheduled;
        synchronized (waiting) {
            scheduled = waiting.pollFirst();
        }
        if (scheduled == null) {
            Results.count("answers without a choice");
            return;
        }
        ANSWERED.increment();
        if (scheduled >= measureFrom && scheduled < measureTo) {
            Results.latency("choice → bot answer", (scheduled - measureFrom) / 1000, in.at() - scheduled);
        }
    }

    @Override
    public void after() {
        orders.stop(0);
        Results.add("choices sent", SENT.sum());
        Results.add("choices answered", ANSWERED.sum());
        Results.add("choices unanswered", SENT.sum() - ANSWERED.sum());
        Results.add("order service calls", API_CALLS.sum());
        Results.add("measured seconds", duration / 1000);
        Results.note("answered lines/s in the window",
                String.format("%.0f", Results.samples("choice → bot answer") * 1000.0 / duration));
        Results.write("flows");
    }
}
