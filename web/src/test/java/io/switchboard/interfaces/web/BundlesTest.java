package io.switchboard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English say the same things: the two bundles have the same keys, and every audited action has a name. */
class BundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/io/switchboard/interfaces/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(bundle("messages_zh.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "English keys without Chinese");
        assertEquals(Set.of(), onlyZh, "Chinese keys without English");
    }

    /** The actions the application writes to the audit log ({@code trail.record("agent.create", "agent", ...)}). */
    @Test
    void everyAuditedActionAndTargetHasAName() throws IOException {
        Pattern record = Pattern.compile("\\.record\\(\"([a-z-]+\\.[a-z-]+)\",\\s*\"([a-z-]+)\"");
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Path sources = Path.of("../ejb/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = record.matcher(Files.readString(f));
                while (m.find()) {
                    actions.add(m.group(1));
                    types.add(m.group(2));
                }
            }
        }
        assertTrue(actions.size() > 20, "the audited actions were found: " + actions);
        Properties zh = bundle("messages_zh.properties");
        for (String action : actions) {
            assertTrue(zh.containsKey("console.audit.action." + action), "no name for action " + action);
        }
        for (String type : types) {
            assertTrue(zh.containsKey("console.audit.type." + type), "no name for target " + type);
        }
    }
}
