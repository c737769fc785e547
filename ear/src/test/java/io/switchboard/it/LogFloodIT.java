package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad requests refused inside the services are not server errors (issue 16, item 8): they get their 4xx and leave
 * at most one short line each in server.log, never an ERROR with a stack trace (WFLYEJB0034) that an anonymous
 * caller could use to fill the disk.
 */
@ExtendWith(SwitchboardServer.class)
class LogFloodIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void refusedRequestsLeaveNoStackTraceInTheServerLog() throws IOException {
        Api api = new Api(server, Api.newTenant(server, "flood").apiKey());
        String site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body().get("siteKey").asText();
        long conversation = api.post("/api/v1/conversations", Map.of("visitorId", "v-flood-" + UUID.randomUUID(),
                "channel", "WEB")).body().get("id").asLong();
        api.post("/api/v1/conversations/" + conversation + "/close", Map.of()); // ended now (or already: nobody online)
        Api anonymous = new Api(server, null);

        long before = Files.size(server.serverLog());
        int requests = 0;
        for (int i = 0; i < 5; i++) {
            Api.Reply session = anonymous.post("/api/widget/" + site + "/sessions", Map.of("visitorId", "x"));
            assertEquals(400, session.status(), session.toString());
            Api.Reply page = anonymous.post("/api/widget/" + site + "/pageviews",
                    Map.of("pass", "not-a-pass-" + i, "url", "https://shop.example/"));
            assertTrue(page.status() == 400 || page.status() == 403, page.toString());
            Api.Reply again = api.post("/api/v1/conversations/" + conversation + "/close", Map.of());
            assertEquals(409, again.status(), again.toString());
            requests += 3;
        }
        String added = tail(before);
        assertFalse(added.contains("WFLYEJB0034"), added);
        assertFalse(added.contains("\tat "), "no stack trace: " + added);
        assertFalse(added.contains(" ERROR "), added);
        long lines = added.lines().filter(l -> !l.isBlank()).count();
        assertTrue(lines <= requests, lines + " log lines for " + requests + " refused requests:\n" + added);
    }

    private String tail(long from) throws IOException {
        try (InputStream in = Files.newInputStream(server.serverLog())) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
