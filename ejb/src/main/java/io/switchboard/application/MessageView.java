package io.switchboard.application;

import io.switchboard.domain.model.conversation.MessageButton;
import java.time.Instant;
import java.util.List;

/**
 * One transcript line; {@code seq} is its gap-free number in the conversation, {@code code} names the dialog rule
 * for SYSTEM messages (e.g. QUEUE_TIMEOUT); {@code attachment} is the image or file the line carries (its body is
 * then the file name), or null; {@code flagged} lists the sensitive words found (AD-7 warn mode);
 * a {@code recalled} line (CH-10) has an empty body; {@code buttons} are the choices a BOT line offers (a flow menu).
 */
public record MessageView(long id, long seq, String sender, Long agentId, String code, String body, String clientMessageId, Instant sentAt,
        AttachmentView attachment, List<String> flagged, boolean recalled, List<MessageButton> buttons) {
}
