package io.switchboard.domain.model.seat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AgentSeatRepository {

    void add(AgentSeat seat);

    Optional<AgentSeat> find(long agentId);

    List<AgentSeat> findAll(Collection<Long> agentIds);

    List<AgentSeat> list(int offset, int limit);

    long count();

    /** Seats with a pending wrap-up end or disconnect, across all tenants (timer recovery at start). */
    List<AgentSeat> allWithDeadlines();
}
