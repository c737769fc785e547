package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A widget site's signing secret is shown when the site is created and afterwards only through the audited reveal
 * and rotate calls: reads and lists never carry it, each reveal and rotation is in the audit log (without the secret),
 * and after a rotation identities signed with the old secret are refused by the widget's session endpoint.
 */
@ExtendWith(SwitchboardServer.class)
class WidgetSiteSecretIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private static String sign(String secret, String userId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> actions(Api api) {
        List<String> actions = new ArrayList<>();
        api.get("/api/v1/audit?targetType=widget-site").body().get("items").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    @Test
    void theSecretIsShownAtCreationAndOnAuditedRevealOrRotationOnly() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "sitesecret").apiKey());
        JsonNode created = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body();
        long id = created.get("id").asLong();
        String site = created.get("siteKey").asText();
        String secret = created.get("secret").asText();
        assertTrue(secret.matches("[0-9a-f]{64}"), "the creation answer shows the secret once: " + created);

        JsonNode read = api.get("/api/v1/widget-sites/" + id).body();
        assertEquals(site, read.get("siteKey").asText());
        assertTrue(read.path("secret").isMissingNode() && !read.toString().contains(secret), read.toString());
        JsonNode list = api.get("/api/v1/widget-sites").body();
        assertEquals(1, list.get("items").size());
        assertFalse(list.toString().contains(secret), list.toString());
        assertEquals(List.of("widget-site.create"), actions(api));

        Api.Reply revealed = api.post("/api/v1/widget-sites/" + id + "/secret/reveal", Map.of());
        assertEquals(200, revealed.status(), revealed.toString());
        assertEquals(secret, revealed.body().get("secret").asText());
        JsonNode audit = api.get("/api/v1/audit?targetType=widget-site").body();
        JsonNode reveal = audit.get("items").get(0);
        assertEquals("widget-site.reveal-secret", reveal.get("action").asText(), audit.toString());
        assertEquals(String.valueOf(id), reveal.get("targetId").asText());
        assertTrue(reveal.get("actor").asText().startsWith("api:sb_"), reveal.toString());
        assertTrue(reveal.get("after").asText().contains(site), reveal.toString());
        assertFalse(audit.toString().contains(secret), "the audit log never holds the secret");

        // signed with the current secret: accepted
        String sessions = "/api/widget/" + site + "/sessions";
        Api widget = new Api(server, null);
        assertEquals(201, widget.post(sessions, Map.of("userId", "cust-1", "userSignature", sign(secret, "cust-1"))).status());

        Api.Reply rotated = api.post("/api/v1/widget-sites/" + id + "/secret/rotate", Map.of());
        assertEquals(200, rotated.status(), rotated.toString());
        String fresh = rotated.body().get("secret").asText();
        assertTrue(fresh.matches("[0-9a-f]{64}"));
        assertNotEquals(secret, fresh);
        assertEquals(fresh, api.post("/api/v1/widget-sites/" + id + "/secret/reveal", Map.of()).body().get("secret").asText());
        assertEquals(List.of("widget-site.reveal-secret", "widget-site.rotate-secret", "widget-site.reveal-secret",
                "widget-site.create"), actions(api), "newest first");
        String afterRotation = api.get("/api/v1/audit?targetType=widget-site").body().toString();
        assertFalse(afterRotation.contains(secret) || afterRotation.contains(fresh), "no secret in the audit log");

        // the old signature is refused now, the new one accepted
        Api.Reply old = widget.post(sessions, Map.of("userId", "cust-1", "userSignature", sign(secret, "cust-1")));
        assertEquals(403, old.status(), old.toString());
        assertTrue(old.body().get("detail").asText().contains("userSignature"), old.toString());
        assertEquals(201, widget.post(sessions, Map.of("userId", "cust-1", "userSignature", sign(fresh, "cust-1"))).status());
        assertFalse(api.get("/api/v1/widget-sites/" + id).body().toString().contains(fresh), "reads stay without it");

        // another tenant can neither reveal nor rotate this site
        Api stranger = new Api(server, Api.newTenant(server, "sitesecret2").apiKey());
        assertEquals(404, stranger.post("/api/v1/widget-sites/" + id + "/secret/reveal", Map.of()).status());
        assertEquals(404, stranger.post("/api/v1/widget-sites/" + id + "/secret/rotate", Map.of()).status());
        assertEquals(fresh, api.post("/api/v1/widget-sites/" + id + "/secret/reveal", Map.of()).body().get("secret").asText());
    }
}
