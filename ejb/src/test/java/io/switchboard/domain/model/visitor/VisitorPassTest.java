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
    void aPassServesOnlyTheAddressItWasIssuedTo() {
        VisitorPass pass = new VisitorPass("v_abcdef12", "203.0.113.9", NOW.plusSeconds(60));
        assertTrue(pass.issuedTo("203.0.113.9"));
        assertFalse(pass.issuedTo("203.0.113.10"));
        assertFalse(pass.issuedTo(null), "no address known: refused");
        assertFalse(new VisitorPass("v_abcdef12", "", NOW).issuedTo(""), "a pass without an address serves none");
    }

    @Test
    void anAnonymousVisitorIsBoundToTheFirstSecretPresented() {
        String secret = "0123456789abcdef0123456789abcdef";
        VisitorProfile profile = new VisitorProfile("WEB", "v_abcdef12", NOW);
        assertTrue(profile.presentSecret(secret), "the first secret binds");
        assertTrue(profile.presentSecret(secret), "and opens again");
        assertFalse(profile.presentSecret("fedcba9876543210fedcba9876543210"), "another browser's secret");
        assertFalse(profile.presentSecret(null));
        VisitorProfile fresh = new VisitorProfile("WEB", "v_abcdef13", NOW);
        assertFalse(fresh.presentSecret("short"), "a secret too short to be random binds nothing");
        assertTrue(fresh.presentSecret(secret), "so the real one still can");
    }

    @Test
    void onlyTheSecretsHashIsKept() {
        String secret = "AbCdEf0123456789_-AbCdEf0123456789";
        assertTrue(VisitorSecret.wellFormed(secret));
        assertFalse(VisitorSecret.wellFormed("0123456789abcdef0123456789abcde"), "31 characters");
        assertFalse(VisitorSecret.wellFormed("0123456789abcdef0123456789abcdef!"));
        assertFalse(VisitorSecret.wellFormed("x".repeat(129)));
        String hash = VisitorSecret.hash(secret);
        assertTrue(hash.matches("[0-9a-f]{64}") && !hash.contains(secret), hash);
        assertTrue(VisitorSecret.matches(hash, secret));
        assertFalse(VisitorSecret.matches(hash, secret.toLowerCase()));
        assertFalse(VisitorSecret.matches(null, secret));
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
