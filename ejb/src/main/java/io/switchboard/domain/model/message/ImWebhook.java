package io.switchboard.domain.model.message;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Where a tenant's IM/app channel receives agent replies (CH-8): one URL per tenant and the secret that signs
 * every delivery ({@code X-Switchboard-Signature: sha256=<hex HMAC-SHA256 of the body>}), so the partner can
 * check a call really comes from Switchboard.
 */
@Entity
@Table(name = "im_webhook")
public class ImWebhook extends TenantOwned {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ImWebhook() {
    }

    public ImWebhook(String url, Instant at) {
        point(url, at);
        rotateSecret();
    }

    /** Points the webhook at a new URL (http or https) and enables it. */
    public void point(String newUrl, Instant at) {
        this.url = requireHttpUrl(newUrl);
        this.enabled = true;
        this.updatedAt = at;
    }

    /** A new random secret; the old one stops working at once. */
    public String rotateSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        this.secret = HexFormat.of().formatHex(b);
        return secret;
    }

    public void disable(Instant at) {
        this.enabled = false;
        this.updatedAt = at;
    }

    /** Hex HMAC-SHA256 of the body under this webhook's secret. */
    public String sign(String body) {
        return hmac(secret, body);
    }

    public static String hmac(String secret, String body) {
        return io.switchboard.domain.shared.Hmac.sha256Hex(secret, body);
    }

    static String requireHttpUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook url is not a URL");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("webhook url must be an absolute http or https URL");
        }
        return uri.toString();
    }

    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public boolean isEnabled() { return enabled; }
    public Instant getUpdatedAt() { return updatedAt; }
}
