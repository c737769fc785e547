package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.DeadLetterService;
import io.switchboard.application.NotFoundException;
import io.switchboard.infrastructure.messaging.DeadLetterQueue;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

@Stateless
public class DefaultDeadLetterService implements DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DefaultDeadLetterService.class.getName());

    @Inject
    DeadLetterQueue queue;
    @Inject
    TenantContext tenant;

    @Override
    public DeadLetters list(int offset, int limit) {
        List<DeadLetterQueue.Letter> all = queue.browse(tenant.requireTenant());
        return new DeadLetters(all.stream().skip(offset).limit(limit)
                .map(l -> new DeadLetterView(l.id(), l.queue(), l.sentAt(), l.body())).toList(), all.size());
    }

    @Override
    public void retry(String id) {
        try {
            DeadLetterQueue.Letter letter = queue.retry(tenant.requireTenant(), id)
                    .orElseThrow(() -> new NotFoundException("no dead message " + id).coded("deadLetter.notFound", id));
            LOG.info(() -> "dead message " + id + " of tenant " + tenant.requireTenant() + " sent again to " + letter.queue());
        } catch (DeadLetterQueue.NotRetriable e) {
            // its message names the queue it came from, which Switchboard cannot send to again
            throw new ConflictException(e.getMessage()).coded("deadLetter.notRetriable", id);
        }
    }

    @Override
    public void discard(String id) {
        queue.discard(tenant.requireTenant(), id)
                .orElseThrow(() -> new NotFoundException("no dead message " + id).coded("deadLetter.notFound", id));
        LOG.info(() -> "dead message " + id + " of tenant " + tenant.requireTenant() + " discarded");
    }
}
