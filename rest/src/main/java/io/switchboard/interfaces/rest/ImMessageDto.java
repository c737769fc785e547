package io.switchboard.interfaces.rest;

import java.time.Instant;

/** {@code status}: ACCEPTED (on the durable queue) or STORED (processed by the consumer). */
public record ImMessageDto(String clientMessageId, String senderId, String text, String status, Instant acceptedAt,
                           Instant processedAt) {
}
