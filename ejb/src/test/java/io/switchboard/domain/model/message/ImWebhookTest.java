package io.switchboard.domain.model.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImWebhookTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void signsWithHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                ImWebhook.hmac("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new ImWebhook("ftp://example.com/hook", T0));
        assertThrows(IllegalArgumentException.class, () -> new ImWebhook("/relative", T0));
        assertThrows(IllegalArgumentException.class, () -> new ImWebhook("not a url", T0));
        assertEquals("https://partner.example.com/hook", new ImWebhook("https://partner.example.com/hook", T0).getUrl());
    }

    @Test
    void rotatingTheSecretChangesTheSignature() {
        ImWebhook w = new ImWebhook("http://127.0.0.1:9/hook", T0);
        String before = w.sign("{}");
        w.rotateSecret();
        assertNotEquals(before, w.sign("{}"));
        assertTrue(w.isEnabled());
        w.disable(T0);
        assertFalse(w.isEnabled());
    }
}
