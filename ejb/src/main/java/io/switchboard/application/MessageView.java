package io.switchboard.application;

import java.time.Instant;

/** One transcript line; {@code code} names the dialog rule for SYSTEM messages (e.g. QUEUE_TIMEOUT). */
public record MessageView(long id, String sender, Long agentId, String code, String body, Instant sentAt) {
}
