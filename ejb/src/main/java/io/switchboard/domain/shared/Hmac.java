package io.switchboard.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a text secret, as every signature Switchboard gives or checks (webhooks, visitor identity). */
public final class Hmac {

    private Hmac() {
    }

    public static byte[] sha256(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Lower-case hex HMAC-SHA256 of {@code text}. */
    public static String sha256Hex(String secret, String text) {
        return HexFormat.of().formatHex(sha256(secret, text));
    }

    /** Whether {@code givenHex} (either case) is the HMAC of {@code text}; compared in constant time. */
    public static boolean verifyHex(String secret, String text, String givenHex) {
        if (givenHex == null) {
            return false;
        }
        byte[] expected = sha256Hex(secret, text).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, givenHex.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
