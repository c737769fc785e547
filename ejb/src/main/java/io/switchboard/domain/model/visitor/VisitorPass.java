package io.switchboard.domain.model.visitor;

import io.switchboard.domain.shared.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What the widget gets from its session request and shows on its socket, page views and uploads: the visitor id
 * the server settled on (anonymous or signed), the address the request came from, and an expiry, sealed with
 * the site secret. No server state, so any node of a cluster can check it; every use is from the same address.
 */
public record VisitorPass(String visitorId, String ip, Instant expiresAt) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public VisitorPass {
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (visitorId.contains("|") || ip.contains("|")) {
            throw new IllegalArgumentException("visitor id and address may not contain '|'");
        }
    }

    /**
     * Whether a request from {@code address} may use this pass: only from the address it was issued to, so a pass
     * copied out of one browser (a log, a shared link, a script on the host page) is no use elsewhere. A visitor
     * whose address changed opens a new session, as the widget does when a pass is refused.
     */
    public boolean issuedTo(String address) {
        return address != null && !address.isEmpty() && ip.equals(address);
    }

    public String seal(String siteSecret) {
        String payload = payload();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(Hmac.sha256(siteSecret, "pass\n" + payload));
    }

    /** The pass in {@code token} if the site sealed it and it has not expired. */
    public static Optional<VisitorPass> open(String token, String siteSecret, Instant now) {
        if (token == null || token.length() > 600) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, Hmac.sha256(siteSecret, "pass\n" + payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\|", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            VisitorPass pass = new VisitorPass(parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])));
            return now.isBefore(pass.expiresAt) ? Optional.of(pass) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String payload() {
        return visitorId + "|" + ip + "|" + expiresAt.getEpochSecond();
    }
}
