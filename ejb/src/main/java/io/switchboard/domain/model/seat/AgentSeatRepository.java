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

    /** Whether the seat records a lost connection; a plain read that loads no seat into the transaction. */
    boolean isDisconnected(long agentId);

    long count();

    /** Seats in wrap-up or with a lost connection, across all tenants: the deadline sweep checks them. */
    List<AgentSeat> allWithDeadlines();

    /** Signed-in seats with no lost connection recorded, across all tenants (presence after a restart). */
    List<AgentSeat> signedInConnected();
}
