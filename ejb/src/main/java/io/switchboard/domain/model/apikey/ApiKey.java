package io.switchboard.domain.model.apikey;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A partner's credential for the REST API; it also names the tenant of every call made with it. Only a SHA-256
 * of the secret is stored (the secret has 256 random bits, so a slow hash adds nothing); the plain key is shown
 * once, when issued.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantOwned {

    public static final String KEY_PREFIX = "sb_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiKey() {
    }

    private ApiKey(String name, String plainKey, Instant createdAt) {
        this.name = name;
        this.keyPrefix = plainKey.substring(0, 10);
        this.keyHash = hashOf(plainKey);
        this.createdAt = createdAt;
        this.enabled = true;
    }

    /** A new key and its plain secret, which the caller shows once and never stores. */
    public record Issued(ApiKey key, String plainKey) {
    }

    public static Issued issue(String tenantId, String name, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(name, plain, now);
        key.assignTenant(tenantId);
        return new Issued(key, plain);
    }

    public static String hashOf(String plainKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
