package io.switchboard.application;

import java.time.Instant;

/**
 * A routing state change, fired as a CDI event in the transaction that wrote it to the event log: the hook for
 * pushes to browsers, live figures and webhooks. Observers that talk to the outside either join the transaction
 * (XA, as the socket push does) or observe {@code during = TransactionPhase.AFTER_SUCCESS}. An offer may carry the
 * visitor's latest line as {@code preview}, read for a whole routing round at once; when it is null the push reads it.
 */
public record RoutingEvent(String tenantId, String type, Long conversationId, Long agentId, Long skillGroupId,
        String detail, Instant at, MessageView preview) {
}
