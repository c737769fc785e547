package io.switchboard.application;

import java.time.Instant;

/**
 * One transcript line; {@code seq} is its gap-free number in the conversation, {@code code} names the dialog rule
 * for SYSTEM messages (e.g. QUEUE_TIMEOUT); {@code attachment} is the image or file the line carries (its body is
 * then the file name), or null.
 */
public record MessageView(long id, long seq, String sender, Long agentId, String code, String body, String clientMessageId, Instant sentAt,
        AttachmentView attachment) {
}
