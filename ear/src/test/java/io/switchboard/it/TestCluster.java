package io.switchboard.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The cluster of ClusterIT: two nodes of the provisioned server on a fresh PostgreSQL database, behind HAProxy,
 * started and stopped by the same {@code local-cluster.sh} a user runs (here with its state in target/cluster-it).
 * Started once for the JVM; ClusterIT and ClusterFailoverIT run in their own failsafe execution, after the suite's single
 * server stopped.
 */
final class TestCluster {

    private static TestCluster instance;

    private final Path server;
    private final Path script;
    private final Path home;
    private final String demoPassword = "Demo-" + java.util.UUID.randomUUID().toString().substring(0, 12);
    private final String platformKey = "platform-" + java.util.UUID.randomUUID();

    /** One node, or the balancer: each answers for the same cluster. */
    record Node(String name, int httpPort, int managementPort, TestCluster cluster) implements Endpoint {
        @Override
        public URI url(String path) {
            return URI.create("http://localhost:" + httpPort + path);
        }

        @Override
        public String platformKey() {
            return cluster.platformKey;
        }

        @Override
        public String demoPassword() {
            return cluster.demoPassword;
        }
    }

    private TestCluster() {
        server = Path.of(System.getProperty("switchboard.server.dir", "target/server")).toAbsolutePath();
        script = server.getParent().getParent().resolve("src/main/scripts/local-cluster.sh");
        home = server.getParent().resolve("cluster-it");
    }

    static synchronized TestCluster get() {
        if (instance == null) {
            TestCluster cluster = new TestCluster();
            if (Files.exists(cluster.home)) {
                cluster.run("stop"); // a cluster an interrupted run left behind
            }
            cluster.deleteHome();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cluster.run("stop")));
            cluster.run("start");
            instance = cluster;
        }
        return instance;
    }

    Node node(int n) {
        return new Node("node" + n, 8080 + 100 + n * 100, 9990 + 100 + n * 100, this);
    }

    Node balancer() {
        return new Node("balancer", 8480, 0, this);
    }

    /** {@code kill -9} of one node's JVM. */
    void kill(int n) {
        run("kill", String.valueOf(n));
    }

    /** Starts a node again on its own data and waits until it is healthy. */
    void startNode(int n) {
        run("start-node", String.valueOf(n));
    }

    Path serverLog(int n) {
        return home.resolve("node" + n + "/log/server.log");
    }

    /** One management operation on a node, through the server's CLI; fails unless the outcome is success. */
    String cli(int n, String operation) {
        return exec(Map.of(), 60, server.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + node(n).managementPort(), "--command=" + operation);
    }

    private void run(String... command) {
        String[] full = new String[command.length + 2];
        full[0] = "bash";
        full[1] = script.toString();
        System.arraycopy(command, 0, full, 2, command.length);
        exec(Map.of(
                "SERVER_DIR", server.toString(),
                "CLUSTER_HOME", home.toString(),
                "CLUSTER_DB", "switchboard_cluster_it",
                "SWITCHBOARD_CLUSTER_NAME", "switchboard-it",
                "SWITCHBOARD_DEMO_PASSWORD", demoPassword,
                "SWITCHBOARD_PLATFORM_KEY", platformKey,
                "SWITCHBOARD_OUTBOUND_ALLOW", SwitchboardServer.RECEIVER_ADDRESS + "/32",
                "SWITCHBOARD_SOCKET_IDLE_SECONDS", "30"), 600, full);
    }

    private String exec(Map<String, String> env, int timeoutSeconds, String... command) {
        try {
            // the output goes to a file, so a daemon that keeps the pipe open cannot hang the wait below
            Path output = Files.createTempFile("cluster-", ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (!done || p.exitValue() != 0
                    || command[0].endsWith("jboss-cli.sh") && !text.contains("\"outcome\" => \"success\"")) {
                throw new IllegalStateException(String.join(" ", command) + (done ? " failed:\n" : " timed out:\n") + text);
            }
            System.out.print(text);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deleteHome() {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
