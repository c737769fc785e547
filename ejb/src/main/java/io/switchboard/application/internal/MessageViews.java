package io.switchboard.application.internal;

import io.switchboard.application.AttachmentView;
import io.switchboard.application.MessageView;
import io.switchboard.domain.model.attachment.Attachment;
import io.switchboard.domain.model.conversation.ConversationMessage;

/** Transcript lines as callers and pushes see them. */
public final class MessageViews {

    private MessageViews() {
    }

    public static MessageView of(ConversationMessage m) {
        boolean recalled = m.getRecalledAt() != null;
        return new MessageView(m.getId(), m.getSeq(), m.getSender().name(), m.getAgentId(), m.getCode(),
                recalled ? "" : m.getBody(), m.getClientMessageId(), m.getSentAt(),
                m.getAttachment() == null || recalled ? null : attachment(m.getAttachment()), m.getFlagged(), recalled,
                m.getButtons());
    }

    public static AttachmentView attachment(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.isImage());
    }
}
