package io.switchboard.domain.model.seat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AgentSeatRepository {

    void add(AgentSeat seat);

    Optional<AgentSeat> find(long agentId);

    List<AgentSeat> findAll(Collection<Long> agentIds);

    List<AgentSeat> list(int offset, int limit);

    /** Whether any of these agents is signed in (in any state but offline). */
    boolean anySignedIn(Collection<Long> agentIds);

    /**
     * Whether the seat records a lost connection, or a node other than {@code node} as the one holding its socket; a
     * plain read that loads no seat into the transaction.
     */
    boolean notConnectedTo(long agentId, String node);

    /** Seats shown as connected through one of these nodes. */
    List<AgentSeat> connectedThrough(Collection<String> nodes);

    long count();

    /** Seats in wrap-up or with a lost connection, across all tenants: the deadline sweep checks them. */
    List<AgentSeat> allWithDeadlines();

    /**
     * Signed-in seats with no lost connection recorded and no node known to hold their socket (connected before
     * schema 17), across all tenants: presence after a restart.
     */
    List<AgentSeat> signedInConnectedThroughNoKnownNode();
}
