package io.switchboard.domain.model.report;

/**
 * What a reporting fact records (issue 21). Each kind says which time it is counted at ({@link ReportFact#getBucketAt()}):
 * the conversation's creation for the queue's figures, the start of the agent's part ("segment") for the service
 * figures, the start of the interval for an agent's status.
 */
public enum FactKind {
    /** A conversation was created (bucket: creation). */
    ARRIVED,
    /** It joined a skill group's queue (bucket: creation; group: the first candidate). */
    QUEUED,
    /** It left the queue to an agent; value: the time it queued (bucket: creation). */
    QUEUE_LEFT,
    /** The agent answered (accepted or wrote) a conversation that came from the queue; value: the time from joining the queue (bucket: creation). */
    ANSWERED,
    /** It ended while queued (the visitor left, the queue timed out, a message was left); value: the time it queued (bucket: creation). */
    ABANDONED,
    /** An agent's part of a conversation began: from the queue, a transfer or the agent's own invitation (bucket: its start). */
    SEGMENT_STARTED,
    /** The agent's first line in their part; value: from the part's start (bucket: the part's start). */
    FIRST_REPLY,
    /** An agent's line answering the visitor; value: from the visitor's first unanswered line, or the part's start (bucket: the part's start). */
    REPLY,
    /** The conversation came to this agent from another one (bucket: the part's start). */
    TRANSFER_IN,
    /** This agent handed the conversation to another one (bucket: the part's start). */
    TRANSFER_OUT,
    /**
     * An agent's part ended (the conversation ended or was transferred); value: its duration; count: the visitor's and
     * the agent's lines in it; detail: {@code valid} when the visitor wrote during it, else {@code invalid} (bucket: its start).
     */
    SEGMENT_ENDED,
    /** The visitor rated the service; value: the score (bucket: the part's start). */
    RATED,
    /** The agent wrote the service summary (bucket: the part's start). */
    SUMMARY,
    /** A supervisor scored the session; value: the score (bucket: the part's start). */
    QA_SCORED,
    /** An agent's status interval ended; detail: the status; value: its length; count: the agent's cap of open chats (bucket: its start). */
    AGENT_STATE
}
