package io.switchboard.application.internal;

import io.switchboard.domain.model.audit.AuditEntry;
import io.switchboard.domain.model.audit.AuditRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;

/**
 * Writes the audit entry of an administrative change inside the caller's transaction, so a change that fails
 * leaves no entry and a change that succeeds always has one. Values are stored as JSON (records and views as
 * JSON-B writes them), because the console shows them side by side and nobody queries their inside.
 */
@ApplicationScoped
public class AuditTrail {

    private final Jsonb json = JsonbBuilder.create();

    @Inject
    AuditRepository entries;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    /**
     * @param action     what happened, as {@code <target>.<verb>} (agent.create, routing-settings.update ...)
     * @param targetType the kind of thing changed (agent, skill-group, routing-settings ...)
     * @param targetId   its id, or null for per-tenant singletons (settings)
     * @param before     the value before (null for a creation)
     * @param after      the value after (null for a deletion)
     */
    public void record(String action, String targetType, Object targetId, Object before, Object after) {
        String was = toJson(before);
        String now = toJson(after);
        if (was != null && was.equals(now)) {
            return; // saved as it was (a form saved unchanged): nothing changed, nothing to audit
        }
        entries.add(new AuditEntry(clock.instant(), tenant.actor(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), was, now));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.toJson(value);
        } catch (jakarta.json.bind.JsonbException e) {
            // the change itself must not fail because its record cannot be written as JSON
            return json.toJson(String.valueOf(value));
        }
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception ignored) {
            // nothing to release beyond memory
        }
    }
}
