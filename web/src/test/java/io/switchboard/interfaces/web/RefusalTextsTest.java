package io.switchboard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the services name ({@code .coded("conversation.notHeld", ...)}) has a text in both languages
 * ({@code error.conversation.notHeld}), so the console and the workbench never fall back to the English message for
 * it; and each text is one {@link MessageFormat} reads as meant in both languages.
 */
class RefusalTextsTest {

    private static final Pattern CODED = Pattern.compile("\\.coded\\(\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    /** A quote MessageFormat would swallow: a lone {@code '} (written {@code ''} to show one). */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/io/switchboard/interfaces/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The codes given in the ejb module's sources (the working directory is the web module's, as for BundlesTest). */
    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../ejb/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODED.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }

    @Test
    void everyCodedRefusalHasATextInBothLanguages() throws IOException {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() > 40, "the coded refusals were found: " + codes);
        assertTrue(codes.contains("site.openConversations"), "the scan sees the codes: " + codes);
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh.properties");
        Set<String> missing = new TreeSet<>();
        for (String code : codes) {
            for (Properties bundle : new Properties[] {en, zh}) {
                if (!bundle.containsKey("error." + code)) {
                    missing.add((bundle == en ? "en " : "zh ") + "error." + code);
                }
            }
        }
        assertEquals(Set.of(), missing, "refusals without a text");
    }

    @Test
    void theTextsFormatAndNameTheSameValuesInBothLanguages() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh.properties");
        for (String code : codesInSources()) {
            String english = en.getProperty("error." + code);
            String chinese = zh.getProperty("error." + code);
            if (english == null || chinese == null) {
                continue; // reported by the test above
            }
            assertEquals(placeholders(english), placeholders(chinese), "the same {n} in both languages: error." + code);
            for (String text : new String[] {english, chinese}) {
                assertFalse(LONE_QUOTE.matcher(text).find(), "write a quote as '' in error." + code + ": " + text);
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] {"A", "B", "C", "D"});
                assertFalse(formatted.contains("{"), "every placeholder filled in error." + code + ": " + formatted);
            }
        }
    }
}
