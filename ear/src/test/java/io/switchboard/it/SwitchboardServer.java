package io.switchboard.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The provisioned WildFly (ear/target/server) with the EAR, started once for the whole IT suite and stopped when
 * the suite ends (JUnit root store). Demo and platform secrets are random per run and handed to the server as
 * environment variables, as an operator would. SWITCHBOARD_DB* variables of the calling environment pass through,
 * so the same suite runs on H2 (default) or PostgreSQL.
 */
public final class SwitchboardServer implements BeforeAllCallback, BeforeEachCallback, TestWatcher, Endpoint {

    /** The start of an entry of server.log: "2026-12-01 10:47:28,477 ERROR [category]". */
    private static final java.util.regex.Pattern LOG_ENTRY =
            java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} +([A-Z]+) ");
    /** The most lines of the server log a failed test prints. */
    private static final int FAILURE_LOG_LINES = 300;

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private static SwitchboardServer instance;

    private final Path home;
    private final int portOffset;
    private final String demoPassword;
    private final String platformKey;
    private final Path log;
    private Process process;
    private long logOffset;

    private SwitchboardServer() {
        home = Path.of(System.getProperty("switchboard.server.dir", "target/server")).toAbsolutePath();
        portOffset = Integer.getInteger("switchboard.it.port-offset", 100);
        demoPassword = "Demo-" + random();
        platformKey = "platform-" + random();
        log = home.getParent().resolve("it-server-console.log");
    }

    /**
     * Where HTTP receivers of the tests (webhooks) listen: Linux routes all of 127/8 to loopback, and the server
     * allows only this address of it for outbound calls ({@code SWITCHBOARD_OUTBOUND_ALLOW}).
     */
    static final String RECEIVER_ADDRESS = "127.0.0.2";

    /** The broker user the tests connect with (remote JMS over the HTTP port), role "guest". */
    static final String JMS_USER = "it-jms";
    static final String JMS_PASSWORD = "It-jms-" + random();

    /**
     * Adds the test's broker user to the application realm, as add-user.sh would: the password line is
     * hex(MD5(user:ApplicationRealm:password)).
     */
    private void addJmsUser() {
        try {
            Path config = home.resolve("standalone/configuration");
            String hash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(
                    (JMS_USER + ":ApplicationRealm:" + JMS_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            replaceLine(config.resolve("application-users.properties"), JMS_USER + "=" + hash);
            replaceLine(config.resolve("application-roles.properties"), JMS_USER + "=guest");
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot add the test broker user", e);
        }
    }

    private static void replaceLine(Path file, String line) throws IOException {
        String key = line.substring(0, line.indexOf('=') + 1);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.removeIf(l -> l.startsWith(key));
        lines.add(line);
        Files.write(file, lines);
    }

    /** The shared server, started on first use. */
    public static synchronized SwitchboardServer get() {
        if (instance == null) {
            instance = new SwitchboardServer();
            instance.addJmsUser();
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        get();
        // stop after the last test class of the run, not after this one
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("switchboard-server", k -> (ExtensionContext.Store.CloseableResource) SwitchboardServer::stopShared);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Path serverLog = get().serverLog();
        long size;
        try {
            size = Files.exists(serverLog) ? Files.size(serverLog) : 0;
        } catch (IOException e) {
            size = 0;
        }
        context.getStore(ExtensionContext.Namespace.create(SwitchboardServer.class)).put("log-offset", size);
    }

    /**
     * A failed test prints what the server logged at WARN and above while it ran (with the stack traces), so a
     * failure in CI, whose clone is gone afterwards, can be read from the build output.
     */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Long offset = context.getStore(ExtensionContext.Namespace.create(SwitchboardServer.class))
                .get("log-offset", Long.class);
        if (instance == null || offset == null) {
            return;
        }
        try (var in = Files.newInputStream(instance.serverLog())) {
            in.skipNBytes(offset);
            List<String> shown = new java.util.ArrayList<>();
            boolean inProblem = false;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                Matcher entry = LOG_ENTRY.matcher(line);
                if (entry.find()) {
                    inProblem = !entry.group(1).equals("INFO") && !entry.group(1).equals("DEBUG")
                            && !entry.group(1).equals("TRACE");
                }
                if (inProblem && shown.size() < FAILURE_LOG_LINES) {
                    shown.add(line);
                }
            }
            System.out.println("== server log (WARN and above) while " + context.getDisplayName() + " ran:");
            shown.forEach(System.out::println);
        } catch (IOException | RuntimeException e) {
            System.out.println("== server log unreadable: " + e);
        }
    }

    private static synchronized void stopShared() {
        if (instance != null) {
            instance.stop();
        }
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + (8080 + portOffset) + path);
    }

    /**
     * Runs one management operation with the server's own CLI (local authentication, as an operator on the host
     * would) and returns its output; fails unless the outcome is success.
     */
    public String cli(String operation) {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + portOffset), "--command=" + operation).redirectErrorStream(true);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.contains("\"outcome\" => \"success\"")) {
                throw new IllegalStateException("CLI " + operation + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the CLI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The server's own log (standalone/log/server.log), for tests that check what bad requests leave in it. */
    public Path serverLog() {
        return home.resolve("standalone/log/server.log");
    }

    public String demoPassword() {
        return demoPassword;
    }

    public String platformKey() {
        return platformKey;
    }

    /** Stops the process (graceful, as on SIGTERM) and starts it again on the same data. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * Kills the server as a power cut or the OOM killer would ({@code kill -9}: no shutdown hook, no flush, no
     * close of sockets or the broker journal) and starts it again on the same data.
     */
    public synchronized void crash() {
        if (process != null) {
            List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
            all.forEach(ProcessHandle::destroyForcibly); // SIGKILL
            process.destroyForcibly();
            try {
                for (ProcessHandle h : all) {
                    h.onExit().get(60, TimeUnit.SECONDS);
                }
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the killed server did not go away", e);
            }
            process = null;
        }
        start();
    }

    private synchronized void start() {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset, "-b=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("SWITCHBOARD_DEMO_PASSWORD", demoPassword);
        env.put("SWITCHBOARD_PLATFORM_KEY", platformKey);
        env.put("SWITCHBOARD_PUBLIC_URL", url("").toString());
        // test receivers (webhooks) listen on 127.0.0.2: allowed, while 127.0.0.1 and every other internal address
        // stay refused for OutboundRequestIT
        env.put("SWITCHBOARD_OUTBOUND_ALLOW", RECEIVER_ADDRESS + "/32");
        // short enough for SocketLimitsIT to see an idle socket closed; clients ping at a third of it
        env.put("SWITCHBOARD_SOCKET_IDLE_SECONDS", "30");
        // ReportsIT replays a scripted day on its tenant's stopped clock (PUT /api/platform/test-clock)
        env.put("SWITCHBOARD_TEST_CLOCK", "true");
        // and waits for its day to be sealed (every minute by default)
        env.put("SWITCHBOARD_REPORT_SEAL_MILLIS", "1000");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        try {
            logOffset = Files.exists(log) ? Files.size(log) : 0;
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + home, e);
        }
        try {
            awaitHealthy();
        } catch (RuntimeException e) {
            stop(); // never leave a half-started server behind
            throw e;
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ", see " + log);
            }
            if (bootFailed()) {
                throw new IllegalStateException("server started with errors (the EAR did not deploy), see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url("/health")).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("server not healthy after " + BOOT_TIMEOUT + ": " + last + ", see " + log);
    }

    /** WildFly says so in its boot line; no need to wait for the health timeout then. */
    private boolean bootFailed() {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logOffset);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("started (with errors)");
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle h : all) {
                h.onExit().get(60, TimeUnit.SECONDS);
            }
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            all.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
    }

    private static String random() {
        byte[] b = new byte[9];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
