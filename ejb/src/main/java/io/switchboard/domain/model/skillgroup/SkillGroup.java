package io.switchboard.domain.model.skillgroup;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A team of agents that conversations are routed to (技能组, RT-1). Members and strategy come with routing. */
@Entity
@Table(name = "skill_group")
public class SkillGroup extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SkillGroupKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SkillGroup() {
    }

    public SkillGroup(String name, SkillGroupKind kind, Instant createdAt) {
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    public static SkillGroup inTenant(String tenantId, String name, SkillGroupKind kind, Instant createdAt) {
        SkillGroup group = new SkillGroup(name, kind, createdAt);
        group.assignTenant(tenantId);
        return group;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("skill group name must not be blank");
        }
        return name.trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SkillGroupKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
