package io.switchboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The building blocks every simulation shares: how a visitor and an agent get their socket, and how the text frames
 * that arrived between two actions are read. The frames are Switchboard's own (see {@code VisitorSocket} and
 * {@code AgentSocket}).
 */
final class Steps {

    /** Marks a load-test line: {@code lt|visitor|n|scheduledEpochMillis}. */
    static final String MARK = "lt";

    private Steps() {
    }

    /**
     * One shared HTTP pool: a visitor's session request must not leave a kept-alive connection per visitor, or
     * the sockets' file budget (20,000 per process) would be spent twice. WebSockets always get their own.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(LoadConfig.baseUrl()).wsBaseUrl(LoadConfig.wsBaseUrl()).shareConnections()
                .acceptLanguageHeader("zh-CN").wsUnmatchedInboundMessageBufferSize(2_000);
    }

    /**
     * The widget's session request (the anonymous id with the secret its browser would keep), then its socket; ends
     * after {@code hello}. Needs {@code visitorId}.
     */
    static ChainBuilder visitorSocket(String siteKey) {
        return exec(http("widget session").post("/api/widget/" + siteKey + "/sessions")
                .body(StringBody(s -> "{\"visitorId\":\"" + s.getString("visitorId") + "\",\"visitorSecret\":\""
                        + visitorSecret(s.getString("visitorId")) + "\"}")).asJson()
                .check(status().is(201), jsonPath("$.pass").saveAs("pass")))
                .exitHereIfFailed()
                .exec(ws("visitor socket").wsName("visitor").connect(s -> "/visitor/socket?site=" + siteKey + "&pass="
                        + URLEncoder.encode(s.getString("pass"), StandardCharsets.UTF_8))
                        .await(30).on(ws.checkTextMessage("visitor hello").check(jsonPath("$.type").is("hello"))));
    }

    /**
     * The secret a visitor's browser keeps with its id (the widget makes 32 random hex digits); derived from the id
     * here, so every session of the same virtual visitor presents the one its first session bound.
     */
    static String visitorSecret(String visitorId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("loadtest-secret-" + visitorId).getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The login form, as a browser submits it, then the agent socket with that session's cookie; ends after
     * {@code hello}. Needs {@code username} and {@code password} (the agent feeder).
     */
    static ChainBuilder agentSocket() {
        return exec(http("login page").get("/login.xhtml")
                .check(regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState")))
                .exec(http("login").post("/login.xhtml").disableFollowRedirect()
                        .formParam("login", "login").formParam("login:username", "#{username}")
                        .formParam("login:password", "#{password}").formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("login")).is(false)))
                .exitHereIfFailed()
                .exec(ws("agent socket").wsName("agent").connect("/agent/socket")
                        .await(30).on(ws.checkTextMessage("agent hello").check(jsonPath("$.type").is("hello"))));
    }

    /** {@link #agentSocket()}, then the agent goes online (ready for offers) and waits for the answer. */
    static ChainBuilder agentOnline() {
        return agentSocket()
                .exec(ws("agent online").wsName("agent").sendText("{\"type\":\"status\",\"status\":\"ONLINE\",\"ref\":\"on\"}")
                        .await(30).on(ws.checkTextMessage("online").matching(jsonPath("$.type").is("ok"))
                                .check(jsonPath("$.for").is("status"))));
    }

    /** Agents as a feeder: each virtual agent takes the next account of the fixture. */
    static List<Map<String, Object>> agentFeed(Fixture.Data fixture, int from, int to) {
        List<Map<String, Object>> feed = new ArrayList<>();
        for (Fixture.Agent a : fixture.agents().subList(from, to)) {
            feed.add(Map.of("username", a.username(), "password", a.password()));
        }
        return feed;
    }

    /** A frame that arrived on a socket while no check was waiting, with the time it arrived. */
    record Inbound(long at, JsonNode frame) {
    }

    /**
     * Hands every buffered text frame of socket {@code name} to {@code each}; frames that are not JSON are skipped.
     * Gatling empties a socket's buffer whenever the user sends on it, so drain right before every send.
     */
    static ChainBuilder drain(String name, BiConsumer<Session, Inbound> each) {
        return exec(ws.processUnmatchedMessages(name, (messages, session) -> {
            for (WsInboundMessage m : messages) {
                if (m instanceof WsInboundMessage.Text text) {
                    try {
                        each.accept(session, new Inbound(text.timestamp(), Fixture.JSON.readTree(text.message())));
                    } catch (IOException e) {
                        Results.count("frames not JSON");
                    }
                }
            }
            return session;
        }));
    }

    /** The marked body: {@code lt|visitor|n|scheduled}, or null for any other line. */
    static String[] marked(String body) {
        if (body == null || !body.startsWith(MARK + "|")) {
            return null;
        }
        String[] parts = body.split("\\|");
        return parts.length == 4 ? parts : null;
    }

    static String mark(String visitor, long n, long scheduled) {
        return MARK + "|" + visitor + "|" + n + "|" + scheduled;
    }

    static boolean stopRequested() {
        return Files.exists(LoadConfig.stopFile());
    }

    /** Counts a failed step under {@code counter} and lets the virtual user go on (its socket may still be fine). */
    static ChainBuilder countFailure(String counter) {
        return exec(s -> {
            if (s.isFailed()) {
                Results.count(counter);
                return s.markAsSucceeded();
            }
            return s;
        });
    }

    /** How long a ramp of {@code users} at {@code perSecond} takes; Gatling injects nothing in a ramp under 1 s. */
    static Duration ramp(int users, int perSecond) {
        return Duration.ofMillis(Math.max(1000, 1000L * users / perSecond));
    }

    /** A pause that ends at an absolute time (epoch ms) read from the session, or at once if that time has passed. */
    static Duration until(long epochMillis) {
        return Duration.ofMillis(Math.max(0, epochMillis - System.currentTimeMillis()));
    }

    /**
     * Writes the measured window (epoch ms, from and to) for the run script, which takes the CPU shares over it.
     */
    static void window(long from, long to) {
        try {
            Files.createDirectories(LoadConfig.outDir());
            Files.writeString(LoadConfig.outDir().resolve("window"), from + " " + to + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
