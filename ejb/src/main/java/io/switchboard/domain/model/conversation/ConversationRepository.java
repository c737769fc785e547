package io.switchboard.domain.model.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations with their queue entries, transcripts and event log: the conversation aggregate's storage. */
public interface ConversationRepository {

    void add(Conversation conversation);

    Optional<Conversation> find(long id);

    /**
     * Reads the conversation and holds its row until the transaction ends. Lines of one conversation are written
     * one at a time this way, while the tenant's other chats go on side by side. Whoever also holds the tenant's
     * routing lock takes that first.
     */
    Optional<Conversation> lock(long id);

    /**
     * Takes the row locks of these conversations in one statement (in id order, so two lockers cannot deadlock);
     * {@link #lock} then returns them without another round trip. Call it before reading them otherwise.
     */
    void lockAll(java.util.Collection<Long> ids);

    List<Conversation> findAll(Collection<Long> ids);

    List<Conversation> list(ConversationState state, int offset, int limit);

    /**
     * The agent's conversations: open ones (assigned to the agent, or offered to the agent by a transfer) oldest
     * first, or ended ones the agent served, newest first.
     */
    List<Conversation> ofAgent(long agentId, boolean open, int offset, int limit);

    long countOfAgent(long agentId, boolean open);

    /**
     * AG-5: ended conversations the agent served, newest first, whose visitor id or name or any transcript line
     * contains {@code query} (null = all).
     */
    List<Conversation> records(long agentId, String query, int offset, int limit);

    long countRecords(long agentId, String query);

    /** Every conversation of a visitor on a channel, newest first. */
    List<Conversation> ofVisitor(String visitorId, String channel, int limit);

    long count(ConversationState state);

    /** Conversations on this channel through this association (a widget site's key) that have not ended. */
    long countOpenOf(String channel, String association);

    /** The conversations this agent transferred to another agent, with when, the latest first. */
    Map<Long, java.time.Instant> transferredAwayBy(long agentId, int limit);

    /** Every conversation not yet in a terminal state, across all tenants (timer recovery at start). */
    /** Conversations whose stored next deadline is at or before {@code now}, earliest first (platform query). */
    List<DueDeadline> dueDeadlines(java.time.Instant now, int limit);

    /** Queue entries whose wait for the previous agent is over (RT-5), by conversation (platform query). */
    List<DueDeadline> dueReservations(java.time.Instant now, int limit);

    /** The settings changed: every open conversation of the tenant is due for the sweep to compute its deadline. */
    int recomputeDeadlines(String tenantId, java.time.Instant now);

    /** The agent who was last assigned a conversation of this visitor (RT-5). */
    Optional<Long> lastAgentOf(String visitorId);

    /** How many conversations each group holds right now (ASSIGNED), for reception limits. */
    Map<Long, Integer> openCountByGroup(Collection<Long> groupIds);

    void addEntry(QueueEntry entry);

    Optional<QueueEntry> findEntry(long conversationId);

    void removeEntry(QueueEntry entry);

    /** Waiting conversations of any of these groups in service order, at most {@code limit}. */
    List<QueueEntry> queueOf(Collection<Long> groupIds, int limit);

    /**
     * The tenant's whole live queue (RT-7), every entry with its candidate groups, in service order (higher priority
     * first, then arrival: the order of {@link io.switchboard.domain.model.routing.QueueBook}), read by one
     * statement. One consistent snapshot: the places counted in it ({@link QueuePositions}) have no gap and no
     * double, and an entry that leaves during the read is simply not in it. The entries are read-only.
     */
    List<QueueEntry> queueSnapshot();

    long queueLength(Long groupId);

    /** Per skill group: how many conversations wait and since when the oldest waits (live monitor, RP-1). */
    Map<Long, QueueStats> queueStatsByGroup();

    record QueueStats(long waiting, java.time.Instant oldestSince) {
    }

    /**
     * 1-based position in the entry's primary group queue ({index}); 1 when the entry has left the queue since it
     * was read (nobody waits ahead of it any more).
     */
    int position(QueueEntry entry);

    /** The first {@code limit} queue entries of the tenant in queue order, with their visitors. */
    List<QueuePositions.Waiting> waiting(int limit);

    void addMessage(ConversationMessage message);

    List<ConversationMessage> messages(long conversationId);

    /** The visitor's latest stored line, as committed before this transaction's own pending changes. */
    Optional<ConversationMessage> lastVisitorMessage(long conversationId);

    /** {@link #lastVisitorMessage} of many conversations in one read, by conversation id (none: absent). */
    Map<Long, ConversationMessage> lastVisitorMessages(Collection<Long> conversationIds);

    /** The transcript after a sequence number, in order: what a reconnecting client missed. */
    List<ConversationMessage> messagesAfter(long conversationId, long afterSeq, int limit);

    Optional<ConversationMessage> message(long conversationId, long seq);

    /** The conversation's newest line from this sender. */
    Optional<ConversationMessage> latestFrom(long conversationId, Sender sender);

    /** Sequence numbers of the conversation's recalled lines, in order. */
    List<Long> recalledSeqs(long conversationId);

    /** The visitor's conversation on this channel that has not ended yet (in a flow, queued or served), if any; not locked. */
    Optional<Long> openIdOf(String visitorId, String channel);

    /** The open conversations of these visitors on a channel, by visitor id: one read for a list. */
    java.util.Map<String, Conversation> openOf(java.util.Collection<String> visitorIds, String channel);

    /** Tenants with an arrival queued before {@code before} that no dispatcher has announced yet (platform query). */
    List<String> tenantsWithStaleArrivals(java.time.Instant before, int limit);

    /** Queue entries that arrived without the tenant's routing lock and have not been told their place yet. */
    List<QueueEntry> unannounced(int limit);

    /** The visitor's most recent conversation on this channel, ended or not. */
    Optional<Conversation> latestOf(String visitorId, String channel);

    /** The visitor's most recent conversation on this channel that started before conversation {@code beforeId}. */
    Optional<Conversation> latestBefore(String visitorId, String channel, long beforeId);

    void addEvent(ConversationEvent event);

    /** The conversation's routing events of these types, in the order they happened. */
    List<ConversationEvent> events(long conversationId, Collection<String> types);
}
