package io.switchboard.application;

import java.time.Instant;

/**
 * A routing state change, fired as a CDI event after it is written to the event log: the hook for pushes to
 * browsers, live figures and webhooks. Observers that talk to the outside should observe
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record RoutingEvent(String tenantId, String type, Long conversationId, Long agentId, Long skillGroupId,
        String detail, Instant at) {
}
