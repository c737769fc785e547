package io.switchboard.domain.model.blacklist;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A visitor id or IP address that may not reach the tenant's agents (黑名单, AG-6 / AD-4). Serializable because the
 * console's blacklist table keeps the page it shows in the replicated HTTP session; {@link TenantOwned}'s tenant is
 * not carried along (the page is reloaded from the database on its next render).
 */
@Entity
@Table(name = "blacklist_entry")
public class BlacklistEntry extends TenantOwned implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { VISITOR, IP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "entry_value", nullable = false, length = 100)
    private String value;

    @Column(length = 200)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The entry ends at this instant (AG-6 "end date"); NULL = for ever. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Who put it there (the audit actor: a user name or an API key's prefix). */
    @Column(length = 100)
    private String operator;

    protected BlacklistEntry() {
    }

    public BlacklistEntry(Kind kind, String value, String reason, Instant at) {
        this(kind, value, reason, at, null);
    }

    public BlacklistEntry(Kind kind, String value, String reason, Instant at, Instant expiresAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a blacklist entry needs a value");
        }
        this.value = value.trim();
        this.reason = reason;
        this.createdAt = at;
        if (expiresAt != null && !expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("until: the end of a blacklist entry must be in the future");
        }
        this.expiresAt = expiresAt;
    }

    /** Whether the entry still refuses at {@code now}. */
    public boolean isActive(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getValue() { return value; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getOperator() { return operator; }

    /** Records who made the entry; set once, by the service that adds it. */
    public void madeBy(String who) {
        this.operator = who;
    }
}
