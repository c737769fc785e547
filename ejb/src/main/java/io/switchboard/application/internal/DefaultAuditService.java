package io.switchboard.application.internal;

import io.switchboard.application.AuditService;
import io.switchboard.domain.model.audit.AuditEntry;
import io.switchboard.domain.model.audit.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultAuditService implements AuditService {

    @Inject
    AuditRepository entries;

    @Override
    public List<AuditView> search(AuditQuery query, int offset, int limit) {
        return entries.search(filter(query), offset, limit).stream()
                .map(e -> new AuditView(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getTargetType(),
                        e.getTargetId(), e.getBeforeJson(), e.getAfterJson()))
                .toList();
    }

    @Override
    public long count(AuditQuery query) {
        return entries.count(filter(query));
    }

    private static AuditRepository.Filter filter(AuditQuery q) {
        AuditQuery query = q == null ? AuditQuery.all() : q;
        return new AuditRepository.Filter(query.actor(), query.targetType(), query.text(), query.from(), query.to());
    }
}
