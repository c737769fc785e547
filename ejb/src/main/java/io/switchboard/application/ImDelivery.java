package io.switchboard.application;

import java.time.Instant;

/**
 * One agent-side line of an IM conversation to deliver to the partner's webhook. {@code deliveryId} is stable
 * across retries (tenant, conversation, seq), so the partner can drop a repeat.
 */
public record ImDelivery(String tenantId, String deliveryId, String visitorId, long conversationId, long seq,
        String sender, String code, String body, Instant sentAt) {
}
