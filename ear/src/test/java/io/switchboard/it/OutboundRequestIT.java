package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server-side request forgery: a tenant may not point the webhook (the server's outbound call) at the cloud
 * metadata service, loopback, the private network or other non-public addresses. Each such URL is a 400 naming
 * {@code url} and nothing is stored; an address the operator allowed ({@code SWITCHBOARD_OUTBOUND_ALLOW}, here the
 * test receivers' 127.0.0.2) is accepted. No request ever goes to the refused addresses: they are judged by their
 * literal or by resolving the name, never by connecting.
 */
@ExtendWith(SwitchboardServer.class)
class OutboundRequestIT {

    private static final List<String> REFUSED = List.of(
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://127.0.0.1:1/",
            "http://[::1]:8080/",
            "http://10.0.0.1/",
            "http://localhost:9/",                 // a name that resolves to loopback
            "http://[::ffff:127.0.0.1]:9990/",     // loopback written as IPv4-mapped IPv6
            "http://0.0.0.0:8080/",
            "http://100.64.0.1/",
            "http://192.168.0.1/",
            "http://[fd00::1]/",
            "http://127.0.0.3:9/",                 // loopback next to the allowed 127.0.0.2
            "http://user:password@" + SwitchboardServer.RECEIVER_ADDRESS + ":9/hook",
            "file:///etc/passwd",
            "gopher://" + SwitchboardServer.RECEIVER_ADDRESS + ":70/");

    private final SwitchboardServer server = SwitchboardServer.get();

    private static void assertRefusedWithField(Api.Reply reply, String url) {
        assertEquals(400, reply.status(), url + " -> " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), url + " -> " + reply);
        JsonNode errors = reply.body().get("errors");
        assertEquals(1, errors.size(), url + " -> " + reply);
        assertEquals("url", errors.get(0).get("field").asText(), url + " -> " + reply);
        assertTrue(errors.get(0).get("message").asText().length() > 10, url + " -> " + reply);
    }

    @Test
    void internalAddressesAreRefusedAndNothingIsStored() {
        Api api = new Api(server, Api.newTenant(server, "ssrf").apiKey());
        for (String url : REFUSED) {
            assertRefusedWithField(api.put("/api/v1/im/webhook", Map.of("url", url)), url);
        }
        assertEquals(404, api.get("/api/v1/im/webhook").status(), "no webhook was created by a refused URL");

        Api.Reply metadata = api.put("/api/v1/im/webhook", Map.of("url", REFUSED.get(0)));
        assertTrue(metadata.body().get("errors").get(0).get("message").asText().contains("link-local"), metadata.toString());
        Api.Reply local = api.put("/api/v1/im/webhook", Map.of("url", "http://localhost:9/"));
        assertTrue(local.body().get("errors").get(0).get("message").asText().contains("loopback"), local.toString());

        // an allowed address works, and a later refused URL leaves it as it was
        String allowed = "http://" + SwitchboardServer.RECEIVER_ADDRESS + ":9/hook";
        Api.Reply configured = api.put("/api/v1/im/webhook", Map.of("url", allowed));
        assertEquals(200, configured.status(), configured.toString());
        assertEquals(allowed, configured.body().get("url").asText());
        for (String url : REFUSED) {
            assertRefusedWithField(api.put("/api/v1/im/webhook", Map.of("url", url, "rotateSecret", true)), url);
        }
        JsonNode stored = api.get("/api/v1/im/webhook").body();
        assertEquals(allowed, stored.get("url").asText(), stored.toString());
        assertTrue(stored.get("enabled").asBoolean());
    }
}
