package io.switchboard.domain.model.audit;

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
 * One administrative change: who made it, when, what it touched, and the value before and after as JSON. Written
 * once and never changed; a change that rolls back leaves no entry, because the entry is in the same transaction.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends TenantOwned {

    /** Longer before/after documents are cut here, with a marker, to fit the column. */
    public static final int MAX_JSON = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", length = 60)
    private String targetId;

    @Column(name = "before_json", length = MAX_JSON)
    private String beforeJson;

    @Column(name = "after_json", length = MAX_JSON)
    private String afterJson;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String targetType, String targetId, String beforeJson,
                      String afterJson) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = cut(Objects.requireNonNull(actor, "actor"), 100);
        this.action = Objects.requireNonNull(action, "action");
        this.targetType = Objects.requireNonNull(targetType, "targetType");
        this.targetId = targetId == null ? null : cut(targetId, 60);
        this.beforeJson = beforeJson == null ? null : cut(beforeJson, MAX_JSON);
        this.afterJson = afterJson == null ? null : cut(afterJson, MAX_JSON);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
