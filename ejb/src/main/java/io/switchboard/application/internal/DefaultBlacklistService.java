package io.switchboard.application.internal;

import io.switchboard.application.BlacklistService;
import io.switchboard.application.ConflictException;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.domain.model.blacklist.BlacklistRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultBlacklistService implements BlacklistService {

    @Inject
    BlacklistRepository entries;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    TenantContext tenant;
    @Inject
    LookupCache cache;

    /** What the audit log keeps of an entry. */
    public record Snapshot(String kind, String value, String reason, Instant since, Instant until, String operator) {
        static Snapshot of(BlacklistEntry e) {
            return new Snapshot(e.getKind().name(), e.getValue(), e.getReason(), e.getCreatedAt(), e.getExpiresAt(),
                    e.getOperator());
        }
    }

    @Override
    public BlacklistEntry add(BlacklistEntry.Kind kind, String value, String reason, Instant until) {
        var existing = entries.find(kind, value.trim());
        if (existing.isPresent() && existing.get().isActive(clock.instant())) {
            throw new ConflictException(kind + " '" + value.trim() + "' is already blacklisted")
                    .coded("blacklist.duplicate", kind, value.trim());
        }
        if (existing.isPresent()) {
            entries.remove(existing.get()); // an expired entry makes room for the new one
            entries.flush();
        }
        BlacklistEntry entry = new BlacklistEntry(kind, value, reason, clock.instant(), until);
        entry.madeBy(tenant.actor());
        entries.add(entry);
        cache.blacklistChanged(tenant.requireTenant());
        audit.record("blacklist.add", "blacklist", entry.getId(), null, Snapshot.of(entry));
        return entry;
    }

    @Override
    public List<BlacklistEntry> list(int offset, int limit) {
        return entries.list(offset, limit);
    }

    @Override
    public long count() {
        return entries.count();
    }

    @Override
    public void remove(long id) {
        BlacklistEntry entry = entries.find(id).orElseThrow(() -> new NotFoundException("blacklist entry " + id + " not found")
                .coded("blacklist.notFound", id));
        audit.record("blacklist.restore", "blacklist", id, Snapshot.of(entry), null);
        entries.remove(entry);
        cache.blacklistChanged(tenant.requireTenant());
    }

    @Override
    public void requireAllowed(String visitorId, String ip) {
        Instant now = clock.instant();
        String tenantId = tenant.requireTenant();
        if (visitorId != null && cache.blacklisted(tenantId, BlacklistEntry.Kind.VISITOR, visitorId, now,
                () -> entries.find(BlacklistEntry.Kind.VISITOR, visitorId))) {
            throw new ForbiddenException("visitor " + visitorId + " is blacklisted")
                    .coded("blacklist.visitor", visitorId);
        }
        if (ip != null && cache.blacklisted(tenantId, BlacklistEntry.Kind.IP, ip, now,
                () -> entries.find(BlacklistEntry.Kind.IP, ip))) {
            throw new ForbiddenException("address " + ip + " is blacklisted").coded("blacklist.address", ip);
        }
    }
}
