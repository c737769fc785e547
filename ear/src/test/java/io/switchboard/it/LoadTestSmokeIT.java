package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load test's own smoke (issue 7): the Gatling simulations of {@code loadtest/} run at toy size against the IT
 * server, as separate processes exactly as {@code loadtest/run.sh} starts them, so a change that breaks a
 * simulation (or the socket protocol it speaks) fails the build. Sizes: 50 visitor and 5 agent sockets held 10 s
 * with heartbeats; 10 visitors chatting with 2 agents for 10 s. Gatling exits non-zero on any failed request.
 */
@ExtendWith(SwitchboardServer.class)
class LoadTestSmokeIT {

    private static final Path LOADTEST = Path.of("..", "loadtest", "target");

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void socketsAreOpenedAndHeldWithHeartbeats() throws Exception {
        Path out = freshDir("sockets");
        run(out, List.of("io.switchboard.loadtest.Fixture", "5", "10"), 120);
        Process gatling = start(out, gatling("SocketsSimulation", out),
                "-Dloadtest.role=all", "-Dloadtest.visitors=50", "-Dloadtest.agents=5", "-Dloadtest.heartbeatSeconds=2");
        Thread.sleep(15_000);
        Files.createFile(out.resolve("stop"));
        finish(gatling, out, 90);
        JsonNode counters = Api.JSON.readTree(out.resolve("sockets-all-0.json").toFile()).get("counters");
        assertEquals(0, counters.get("visitor heartbeats failed").asLong());
        assertEquals(0, counters.get("agent heartbeats failed").asLong());
    }

    @Test
    void chatLinesArriveOnceWithTheirLatencyMeasured() throws Exception {
        Path out = freshDir("messages");
        run(out, List.of("io.switchboard.loadtest.Fixture", "2", "5"), 120);
        Process gatling = start(out, gatling("MessagesSimulation", out), "-Dloadtest.visitors=10", "-Dloadtest.agents=2",
                "-Dloadtest.durationSeconds=10", "-Dloadtest.warmupSeconds=2", "-Dloadtest.drainSeconds=5");
        finish(gatling, out, 150);
        JsonNode result = Api.JSON.readTree(out.resolve("messages.json").toFile());
        JsonNode counters = result.get("counters");
        assertTrue(counters.get("lines sent").asLong() > 50, result.toString());
        assertEquals(counters.get("lines sent").asLong(), counters.get("lines received once").asLong(), result.toString());
        assertEquals(0, counters.get("lost lines").asLong(), result.toString());
        assertTrue(counters.path("duplicated lines").asLong(0) == 0, result.toString());
        assertTrue(result.get("latencies").get("visitor → agent").get("count").asLong() > 20, result.toString());
        assertTrue(result.get("latencies").get("agent → visitor").get("count").asLong() > 20, result.toString());
    }

    private static List<String> gatling(String simulation, Path out) {
        return List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "io.gatling.app.Gatling",
                "--simulation", "io.switchboard.loadtest." + simulation,
                "--results-folder", out.resolve("gatling").toString(), "--run-description", "CI smoke");
    }

    private static Path freshDir(String name) throws IOException {
        Path out = Path.of("target", "loadtest-smoke", name).toAbsolutePath();
        if (Files.exists(out)) {
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(out);
        return out;
    }

    private void run(Path out, List<String> mainAndArgs, int seconds) throws Exception {
        finish(start(out, mainAndArgs), out, seconds);
    }

    private Process start(Path out, List<String> mainAndArgs, String... properties) throws IOException {
        Path classpathFile = LOADTEST.resolve("gatling.classpath");
        if (!Files.exists(classpathFile)) {
            throw new AssertionError(classpathFile.toAbsolutePath() + " is missing: build the loadtest module first "
                    + "(mvn install, or mvn -pl loadtest test-compile)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", LOADTEST.resolve("test-classes").toAbsolutePath() + java.io.File.pathSeparator
                        + Files.readString(classpathFile).strip(),
                "-Dloadtest.baseUrl=" + server.url("").toString().replaceAll("/$", ""),
                "-Dloadtest.out=" + out, "-Dloadtest.platformKey=" + server.platformKey()));
        command.addAll(List.of(properties));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("output.log").toFile())).start();
    }

    private static void finish(Process process, Path out, int seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s; see " + out.resolve("output.log"));
        }
        assertEquals(0, process.exitValue(), () -> "exit " + process.exitValue() + "; see " + out.resolve("output.log")
                + ":\n" + tail(out.resolve("output.log")));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
