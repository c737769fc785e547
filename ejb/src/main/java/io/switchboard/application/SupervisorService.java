package io.switchboard.application;

/**
 * What a supervisor (质检员) or an administrator does to a conversation that is going on (issue 21): move it from its
 * agent to another one at once. (Watching it is reading its transcript again; scoring it is {@link QualityService}.)
 */
public interface SupervisorService {

    /**
     * Moves a conversation an agent holds to another agent, who must be signed in with room, without asking either:
     * each agent's part is counted as a transfer out and in, the visitor is told as for a transfer, and the move is
     * in the audit log.
     *
     * @param note why, for the receiving agent (null: "moved by" the supervisor)
     */
    ConversationView move(long conversationId, long toAgentId, String note);
}
