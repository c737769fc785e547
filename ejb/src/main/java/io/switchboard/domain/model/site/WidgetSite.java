package io.switchboard.domain.model.site;

import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.infrastructure.persistence.WidgetSettingsConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One website that embeds the chat widget (CH-1). The public site key in the embed snippet names the tenant of
 * every visitor request; the secret signs visitor identities from the host site and is never sent to browsers, and
 * to administrators only when the site is created and when one asks for it (audited).
 */
@Entity
@Table(name = "widget_site")
public class WidgetSite extends TenantOwned {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "site_key", nullable = false, unique = true, length = 64)
    private String siteKey;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when an administrator deleted the site: its key no longer works and it leaves every list. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** NULL until an admin saves settings: the seed defaults apply. */
    @Convert(converter = WidgetSettingsConverter.class)
    @Column(length = 20000)
    private WidgetSettings settings;

    protected WidgetSite() {
    }

    public static WidgetSite inTenant(String tenantId, String name, Instant now) {
        WidgetSite site = new WidgetSite();
        site.name = name;
        site.siteKey = "site_" + randomHex(12);
        site.secret = randomHex(32);
        site.createdAt = now;
        site.assignTenant(tenantId);
        return site;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSiteKey() {
        return siteKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public WidgetSettings getSettings() {
        return settings == null ? WidgetSettings.defaults() : settings;
    }

    public void changeSettings(WidgetSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    public void delete(Instant at) {
        this.deletedAt = at;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void rename(String name) {
        this.name = java.util.Objects.requireNonNull(name, "name");
    }

    /** The one line an admin pastes before {@code </body>} of the site's pages. */
    public String embedSnippet(String publicUrl) {
        return "<script src=\"" + publicUrl + "/widget.js\" data-site=\"" + siteKey + "\" async></script>";
    }

    /**
     * The secret that signs visitor identities and seals visitor passes. Never put on the wire except in the creation
     * answer and the audited reveal and rotate calls ({@code WidgetSiteService}).
     */
    public String getSecret() {
        return secret;
    }

    /**
     * A new random secret: signatures made with the old one stop working at once, and so do visitor passes sealed
     * with it (the widget opens a new session and gets a new pass).
     */
    public String rotateSecret() {
        this.secret = randomHex(32);
        return secret;
    }
}
