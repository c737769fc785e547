package io.switchboard.domain.model.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VisitorPassTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void aSealedPassOpensWithTheSameSecretUntilItExpires() {
        VisitorPass pass = new VisitorPass("v_abcdef12", "203.0.113.9", NOW.plusSeconds(60));
        String token = pass.seal("site-secret");
        assertEquals(pass, VisitorPass.open(token, "site-secret", NOW).orElseThrow());
        assertTrue(VisitorPass.open(token, "site-secret", NOW.plusSeconds(60)).isEmpty(), "expired at its end");
        assertTrue(VisitorPass.open(token, "other-secret", NOW).isEmpty(), "another site's secret");
    }

    @Test
    void anEditedPayloadOrSignatureDoesNotOpen() {
        String token = new VisitorPass("v_abcdef12", "203.0.113.9", NOW.plusSeconds(60)).seal("s");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("u_victim00000000|203.0.113.9|" + NOW.plusSeconds(60).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        assertTrue(VisitorPass.open(forged + token.substring(token.indexOf('.')), "s", NOW).isEmpty());
        assertTrue(VisitorPass.open(token.substring(0, token.length() - 2) + "AA", "s", NOW).isEmpty());
        assertTrue(VisitorPass.open("garbage", "s", NOW).isEmpty());
        assertTrue(VisitorPass.open("!!!.???", "s", NOW).isEmpty());
        assertTrue(VisitorPass.open(null, "s", NOW).isEmpty());
    }

    @Test
    void aSeparatorCannotBeSmuggledIn() {
        assertThrows(IllegalArgumentException.class, () -> new VisitorPass("v_a|b", "1.2.3.4", NOW));
    }

    @Test
    void signedIdentitiesAreVerifiedAndDeriveOneIdPerTenant() {
        String secret = "3f2a";
        String signature = io.switchboard.domain.shared.Hmac.sha256Hex(secret, "cust-1");
        assertTrue(SignedIdentity.verify(secret, "cust-1", signature));
        assertTrue(SignedIdentity.verify(secret, "cust-1", signature.toUpperCase()));
        assertFalse(SignedIdentity.verify(secret, "cust-2", signature));
        assertFalse(SignedIdentity.verify("other", "cust-1", signature));
        assertFalse(SignedIdentity.verify(secret, "cust-1", null));
        String id = SignedIdentity.visitorIdOf("tenant-a", "cust-1");
        assertEquals(id, SignedIdentity.visitorIdOf("tenant-a", "cust-1"));
        assertNotEquals(id, SignedIdentity.visitorIdOf("tenant-b", "cust-1"));
        assertTrue(id.matches("u_[0-9a-f]{32}") && SignedIdentity.isReserved(id), id);
    }
}
