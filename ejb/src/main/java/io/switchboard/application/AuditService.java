package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The tenant's audit log: every change an administrator (or an API key) made through the console or the API. */
public interface AuditService {

    record AuditView(long id, Instant at, String actor, String action, String targetType, String targetId,
                     String before, String after) implements Serializable {
    }

    /** Filters, each null for any: exact actor, exact target type, text anywhere, time window [from, to). */
    record AuditQuery(String actor, String targetType, String text, Instant from, Instant to) {
        public static AuditQuery all() {
            return new AuditQuery(null, null, null, null, null);
        }
    }

    List<AuditView> search(AuditQuery query, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long count(AuditQuery query);
}
