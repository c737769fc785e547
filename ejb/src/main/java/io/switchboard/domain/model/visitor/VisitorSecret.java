package io.switchboard.domain.model.visitor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret an anonymous visitor's browser keeps beside its visitor id (CH-5). The id alone is no proof: it shows
 * up in the workbench, in exports and in the partner API, and whoever knew it could open a session as that visitor
 * and read the transcript. The widget makes the secret itself (128 random bits or more) and presents it with every
 * new session; the server keeps only its SHA-256, which is enough because the secret is random, not a password.
 */
public final class VisitorSecret {

    /** 32 to 128 URL-safe characters: 32 hex digits are the widget's 128 bits. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{32,128}");

    public static final String FORM_DESCRIPTION = "32 to 128 letters, digits, '-' or '_' (at least 128 random bits)";

    private VisitorSecret() {
    }

    public static boolean wellFormed(String secret) {
        return secret != null && FORM.matcher(secret).matches();
    }

    /** Hex SHA-256 of the secret: what the visitor profile stores. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Whether {@code secret} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String storedHash, String secret) {
        return storedHash != null && secret != null && MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII), hash(secret).getBytes(StandardCharsets.US_ASCII));
    }
}
