package io.switchboard.application.internal;

import io.switchboard.application.BlacklistService;
import io.switchboard.application.ConflictException;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.domain.model.blacklist.BlacklistRepository;
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

    @Override
    public BlacklistEntry add(BlacklistEntry.Kind kind, String value, String reason, Instant until) {
        var existing = entries.find(kind, value.trim());
        if (existing.isPresent() && existing.get().isActive(clock.instant())) {
            throw new ConflictException(kind + " '" + value.trim() + "' is already blacklisted");
        }
        if (existing.isPresent()) {
            entries.remove(existing.get()); // an expired entry makes room for the new one
            entries.flush();
        }
        BlacklistEntry entry = new BlacklistEntry(kind, value, reason, clock.instant(), until);
        entries.add(entry);
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
        entries.remove(entries.find(id).orElseThrow(() -> new NotFoundException("blacklist entry " + id + " not found")));
    }

    @Override
    public void requireAllowed(String visitorId, String ip) {
        Instant now = clock.instant();
        if (visitorId != null && entries.find(BlacklistEntry.Kind.VISITOR, visitorId).filter(e -> e.isActive(now)).isPresent()) {
            throw new ForbiddenException("visitor " + visitorId + " is blacklisted");
        }
        if (ip != null && entries.find(BlacklistEntry.Kind.IP, ip).filter(e -> e.isActive(now)).isPresent()) {
            throw new ForbiddenException("address " + ip + " is blacklisted");
        }
    }
}
