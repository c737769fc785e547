package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;

/**
 * Messages the broker gave up on after the configured redeliveries (the dead-letter queue): the caller's tenant's
 * ones are listed for an admin, who sends each back to the queue it failed on or discards it. Never silent.
 */
public interface DeadLetterService {

    DeadLetters list(@Min(0) int offset, @Min(1) @Max(200) int limit);

    record DeadLetters(List<DeadLetterView> items, long total) {
    }

    /** {@code queue} is the short name of the queue it failed on (inbound, webhooks) or null when unknown. */
    record DeadLetterView(String id, String queue, Instant sentAt, String body) {
    }

    /** Puts the message back on the queue it failed on, in one transaction. @throws NotFoundException, ConflictException */
    void retry(String id);

    /** Removes the message for good. @throws NotFoundException */
    void discard(String id);
}
