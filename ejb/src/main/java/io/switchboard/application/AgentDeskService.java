package io.switchboard.application;

import java.util.Optional;

/**
 * What the agent's socket does, for a signed-in agent named by login. Each method binds the agent's tenant
 * first (a socket message has no request tenant of its own) and is one transaction.
 */
public interface AgentDeskService {

    /** The signed-in account behind a login name, with its tenant. */
    Optional<DeskAgent> identify(String username);

    record DeskAgent(String tenantId, long agentId, String username, String displayName) {
    }

    /** The agent's line: stored and pushed; answers nothing (a view per line was a profile's hot spot). */
    void send(DeskAgent agent, long conversationId, String text);

    /** CH-10: takes back one of the agent's lines within two minutes. */
    MessageView recall(DeskAgent agent, long conversationId, long seq);

    /** Sends an uploaded image or file (CH-11). */
    ConversationView sendAttachment(DeskAgent agent, long conversationId, String attachmentId);

    ConversationView accept(DeskAgent agent, long conversationId);

    ConversationView close(DeskAgent agent, long conversationId);

    AgentSeatView status(DeskAgent agent, String status);

    AgentSeatView connected(DeskAgent agent);

    /** The last socket of this agent closed: starts the offline-after-disconnect deadline (RT-12). */
    AgentSeatView disconnected(DeskAgent agent);

    /** A heartbeat on the agent's socket: the connection is alive (see AgentSeatService#stillConnected). */
    void heartbeat(DeskAgent agent);
}
