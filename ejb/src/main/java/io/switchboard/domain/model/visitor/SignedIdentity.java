package io.switchboard.domain.model.visitor;

import io.switchboard.domain.shared.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A logged-in customer of the host site (CH-5): the host's server signs its own user id with the site secret,
 * {@code hex(HMAC-SHA256(secret, userId))}, and puts both in the embed tag. Such a visitor gets the same visitor id
 * on every device and browser, derived from tenant and user id, so agents see one history. Ids of this form are
 * reserved: an anonymous browser cannot claim one.
 */
public final class SignedIdentity {

    /** Prefix of every derived visitor id; anonymous ids may not start with it. */
    public static final String PREFIX = "u_";
    public static final int MAX_USER_ID = 100;

    private SignedIdentity() {
    }

    /** Whether {@code signatureHex} is the site's signature of {@code userId}. */
    public static boolean verify(String siteSecret, String userId, String signatureHex) {
        return userId != null && !userId.isBlank() && userId.length() <= MAX_USER_ID
                && Hmac.verifyHex(siteSecret, userId, signatureHex);
    }

    /** The visitor id of a signed user: the same for every site and device of the tenant. */
    public static String visitorIdOf(String tenantId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static boolean isReserved(String visitorId) {
        return visitorId.startsWith(PREFIX);
    }
}
