package io.switchboard.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** The current tenant's audit log, newest first. */
public interface AuditRepository {

    void add(AuditEntry entry);

    /** Entries matching every given filter (null = any); {@code text} looks in the actor, action, target and values. */
    List<AuditEntry> search(Filter filter, int offset, int limit);

    long count(Filter filter);

    record Filter(String actor, String targetType, String text, Instant from, Instant to) {
    }
}
