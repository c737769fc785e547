package io.switchboard.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Conversations of the caller's tenant through their routing life: request, queue, assignment, messages that
 * drive the timers, transfer and end. Every method is one transaction under the tenant's routing lock.
 */
public interface ConversationService {

    /** Routes a new conversation: assigned at once, queued, or ended with off-hours / nobody-online. */
    ConversationView request(@NotNull @Valid NewConversation request);

    /** The bot / flow hands a conversation to humans (RT-9 fallback groups when it names none). */
    ConversationView handOff(long conversationId, Long skillGroupId);

    ConversationView get(long conversationId);

    List<ConversationView> list(String state, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long count(String state);

    /** The agent's open conversations (oldest first) or served and ended ones (newest first, AG-5). */
    List<ConversationView> ofAgent(long agentId, boolean open, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long countOfAgent(long agentId, boolean open);

    /**
     * The workbench's 最近会话: conversations the agent served that ended, and those the agent transferred to another
     * agent (open or not), newest first (by end, or by the transfer).
     */
    List<ConversationView> recentOf(long agentId, @Min(1) @Max(100) int limit);

    /** AG-5 "my records": ended conversations the agent served, newest first, searched in visitor and transcript. */
    List<ConversationView> records(long agentId, @Size(max = 100) String query, @Min(0) int offset,
            @Min(1) @Max(500) int limit);

    long countRecords(long agentId, @Size(max = 100) String query);

    /**
     * AG-2: the serving agent asks the visitor to rate now (the widget shows its rating form); the tenant's
     * satisfaction-invite message goes into the transcript.
     *
     * @throws ConflictException when the conversation is already rated
     */
    ConversationView inviteRating(long conversationId, long agentId);

    /** The visitor's conversations on a channel, newest first: the history an agent sees (AG-2). */
    List<ConversationView> ofVisitor(@NotBlank String visitorId, @NotBlank String channel, @Min(1) @Max(200) int limit);

    /** The transcript after {@code afterSeq} (0 = all), at most {@code limit} messages. */
    List<MessageView> transcript(long conversationId, @Min(0) long afterSeq, @Min(1) @Max(1000) int limit);

    /** Sequence numbers of the recalled lines (CH-10): a client that was away learns which of its lines to blank. */
    List<Long> recalledSeqs(long conversationId);

    /**
     * A visitor's message from a channel (widget, IM/app API), called by the inbound queue's consumer: continues
     * the visitor's open conversation on that channel, or opens one (routed to {@code skillGroupId} when the entry
     * names one) with this message first in its transcript. Returns nothing: the consumer has nobody to answer,
     * and a view would cost a read of the queue per line. {@code flagged}: the sensitive words the endpoint found
     * when it screened the line (null: not screened, they are looked for here).
     */
    void receiveVisitorMessage(@NotBlank @Size(max = 20) String channel, @NotBlank @Size(max = 100) String visitorId,
            @Size(max = 100) String clientMessageId, @NotBlank @Size(max = 4000) String text, Long skillGroupId,
            @Size(max = 36) String attachmentId, List<String> flagged, @Size(max = 100) String association,
            @Size(max = 100) String entry, io.switchboard.domain.model.message.Language language);

    /** The visitor's latest conversation on a channel, ended or not. */
    java.util.Optional<ConversationView> latestOf(@NotBlank String visitorId, @NotBlank String channel);

    /** The visitor's latest conversation on a channel that started before conversation {@code beforeId}. */
    java.util.Optional<ConversationView> latestBefore(@NotBlank String visitorId, @NotBlank String channel, long beforeId);

    /**
     * The live queue (RT-7) of one group, or of all groups when {@code skillGroupId} is null, in service order, each
     * visitor with their {index}. The page, its places and its total come from one read of the queue, so they agree
     * with each other even while the queue moves.
     */
    QueuePage queue(Long skillGroupId, @Min(0) int offset, @Min(1) @Max(500) int limit);

    /** One page of the live queue and how many wait in all, from the same read. */
    record QueuePage(List<QueueItemView> items, long total) {
    }

    long queueLength(Long skillGroupId);

    ConversationView agentMessage(long conversationId, long agentId, @NotBlank @Size(max = 4000) String text);

    /** {@link #agentMessage} for callers that need no answer (the agent's socket, the workbench): no view is read. */
    void agentLine(long conversationId, long agentId, @NotBlank @Size(max = 4000) String text);

    /**
     * CH-10: the agent takes back one of their lines within two minutes; both sides are told.
     *
     * @throws IllegalStateException when it is not their line, already recalled, or too late (HTTP 409)
     */
    MessageView recall(long conversationId, long agentId, long seq);

    /** The agent sends an uploaded image or file (CH-11). */
    ConversationView agentAttachment(long conversationId, long agentId, @NotBlank @Size(max = 36) String attachmentId);

    /** The assigned agent accepts: stops the timeout re-route (RT-6). */
    ConversationView accept(long conversationId, long agentId);

    /**
     * Ends the conversation: by its agent ({@code agentId} set) or by the visitor.
     *
     * @throws ConflictException when an agent ends it without the service summary the tenant requires
     */
    ConversationView close(long conversationId, Long agentId);

    ConversationView visitorPresence(long conversationId, boolean online);

    /**
     * The visitor's browser came or went (their socket opened or closed): moves the offline deadline of the
     * visitor's open conversation on the channel, if there is one. Answers nothing, so it reads nothing more.
     */
    void visitorPresence(@NotBlank @Size(max = 100) String visitorId, @NotBlank @Size(max = 20) String channel,
            boolean online);

    /** RT-10: offers the conversation to an agent, or to a member of a group the group's strategy picks. */
    ConversationView transfer(long conversationId, long fromAgentId, Long toAgentId, Long toGroupId,
            @Size(max = 500) String note);

    ConversationView answerTransfer(long conversationId, long agentId, boolean accept);
}
