package io.switchboard.domain.model.moderation;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The tenant's sensitive-word mode; no row means the default, {@link SensitiveMode#BLOCK}. */
@Entity
@Table(name = "content_policy")
public class ContentPolicy extends TenantOwned {

    public static final SensitiveMode DEFAULT_MODE = SensitiveMode.BLOCK;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "sensitive_mode", nullable = false, length = 10)
    private SensitiveMode sensitiveMode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContentPolicy() {
    }

    public ContentPolicy(SensitiveMode mode, Instant at) {
        change(mode, at);
    }

    public void change(SensitiveMode mode, Instant at) {
        this.sensitiveMode = Objects.requireNonNull(mode, "mode");
        this.updatedAt = at;
    }

    public SensitiveMode getSensitiveMode() { return sensitiveMode; }
    public Instant getUpdatedAt() { return updatedAt; }
}
