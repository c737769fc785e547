package io.switchboard.domain.model.visitor;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What the tenant knows about one visitor of a channel (CH-5, 访客信息): the host site's user id when the visitor
 * came with a signed identity, and from the latest visit the address, region and parsed browser. An anonymous web
 * visitor's profile also holds the hash of the secret its browser proves itself with.
 */
@Entity
@Table(name = "visitor_profile")
public class VisitorProfile extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "visitor_id", nullable = false, length = 100)
    private String visitorId;

    @Column(name = "user_id", length = 100)
    private String userId;

    @Column(name = "display_name", length = 100)
    private String displayName;

    @Column(name = "site_id")
    private Long siteId;

    @Column(length = 45)
    private String ip;

    @Column(length = 100)
    private String region;

    @Column(name = "user_agent", length = 500)
    private String userAgent;

    @Column(length = 60)
    private String os;

    @Column(length = 60)
    private String browser;

    @Column(length = 60)
    private String device;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** SHA-256 of the anonymous visitor's secret ({@link VisitorSecret}); null for signed visitors and old rows. */
    @Column(name = "secret_hash", length = 64)
    private String secretHash;

    protected VisitorProfile() {
    }

    public VisitorProfile(String channel, String visitorId, Instant now) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.visitorId = Objects.requireNonNull(visitorId, "visitorId");
        this.firstSeenAt = Objects.requireNonNull(now, "now");
        this.lastSeenAt = now;
    }

    /** A visit: the latest address, browser and (when signed) user replace the earlier ones. */
    public void seen(Visit visit, Instant now) {
        this.siteId = visit.siteId() == null ? siteId : visit.siteId();
        this.ip = cut(visit.ip(), 45);
        this.region = cut(visit.region(), 100);
        this.userAgent = cut(visit.userAgent(), 500);
        this.os = cut(visit.client().os(), 60);
        this.browser = cut(visit.client().browser(), 60);
        this.device = cut(visit.client().device(), 60);
        if (visit.userId() != null) {
            this.userId = cut(visit.userId(), 100);
        }
        if (visit.displayName() != null && !visit.displayName().isBlank()) {
            this.displayName = cut(visit.displayName().strip(), 100);
        }
        if (now.isAfter(lastSeenAt)) {
            this.lastSeenAt = now;
        }
    }

    /**
     * Whether the browser presenting {@code secret} is this anonymous visitor. The first secret presented is bound
     * (a new visitor, or a row from before visitor secrets existed); from then on only the same secret is.
     */
    public boolean presentSecret(String secret) {
        if (!VisitorSecret.wellFormed(secret)) {
            return false;
        }
        if (secretHash == null) {
            secretHash = VisitorSecret.hash(secret);
            return true;
        }
        return VisitorSecret.matches(secretHash, secret);
    }

    /** The visitor did something (a page view) without a new session. */
    public void touch(Instant now) {
        if (now.isAfter(lastSeenAt)) {
            this.lastSeenAt = now;
        }
    }

    /** One visit's facts, as the widget's session request brought them. */
    public record Visit(Long siteId, String ip, String region, String userAgent, UserAgentInfo client, String userId,
            String displayName) {
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() { return id; }
    public String getChannel() { return channel; }
    public String getVisitorId() { return visitorId; }
    public String getUserId() { return userId; }
    public String getDisplayName() { return displayName; }
    public Long getSiteId() { return siteId; }
    public String getIp() { return ip; }
    public String getRegion() { return region; }
    public String getUserAgent() { return userAgent; }
    public String getOs() { return os; }
    public String getBrowser() { return browser; }
    public String getDevice() { return device; }
    public Instant getFirstSeenAt() { return firstSeenAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
}
