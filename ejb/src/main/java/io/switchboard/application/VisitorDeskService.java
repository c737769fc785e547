package io.switchboard.application;

import java.util.List;
import java.util.Optional;

/**
 * What the visitor's socket (the web widget) does once {@link VisitorTrailService#admit} let it in. Each method
 * binds the tenant first and is one transaction. Visitor text goes through the durable inbound queue like every channel.
 */
public interface VisitorDeskService {

    /**
     * Puts the visitor's message on the inbound queue (202-style: processed by the consumer). {@code siteKey} is the
     * conversation's association and {@code entry} its entry button (the page's {@code data-entry}), for routing rules.
     */
    void send(String tenantId, String visitorId, String clientMessageId, String text, Long skillGroupId, String attachmentId,
            String siteKey, String entry, io.switchboard.domain.model.message.Language language);

    /**
     * The visitor's latest web conversation and one page of the messages after {@code afterSeq} (at most
     * {@link CatchUp#PAGE}), for a (re)connect. A client that was away longer asks again after the last line of the
     * page while {@code more} says lines follow, until nothing is missing.
     */
    Optional<CatchUp> catchUp(String tenantId, String visitorId, long afterSeq);

    /**
     * One page of the visitor's conversation that started before conversation {@code beforeConversationId}: its lines
     * after {@code afterSeq} (the widget's "earlier messages", shown above the current conversation). Asked again with
     * the same {@code beforeConversationId} and the page's last seq while {@code more} says lines follow.
     */
    Optional<CatchUp> history(String tenantId, String visitorId, long beforeConversationId, long afterSeq);

    /**
     * {@code recalled}: every recalled line of the conversation, also those before the cursor; {@code more}: lines
     * follow the page; {@code earlier}: the visitor has a conversation on this channel before this one.
     */
    record CatchUp(ConversationView conversation, List<MessageView> messages, List<Long> recalled, boolean more,
            boolean earlier) {

        /** Lines per page, as many as {@code hello} carried before it could say {@code more}. */
        public static final int PAGE = 1000;
    }

    /** The visitor's draft (CH-9) goes to the agent serving the open conversation, if one does. */
    void typing(String tenantId, String visitorId, String draft);

    /** QA-1: stars and comment for a conversation of this visitor. */
    FeedbackService.RatingView rate(String tenantId, String visitorId, long conversationId, int score, String comment);

    /** CH-7: a message for agents when nobody could serve the visitor. */
    FeedbackService.LeftMessageView leaveMessage(String tenantId, String visitorId, String name, String contact, String text);

    /** The visitor's browser connected or went away (RT-12 visitor offline timer). */
    void presence(String tenantId, String visitorId, boolean online);
}
