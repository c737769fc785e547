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
        return new MessageView(m.getId(), m.getSeq(), m.getSender().name(), m.getAgentId(), m.getCode(), m.getBody(),
                m.getClientMessageId(), m.getSentAt(),
                m.getAttachment() == null ? null : attachment(m.getAttachment()));
    }

    public static AttachmentView attachment(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.isImage());
    }
}
