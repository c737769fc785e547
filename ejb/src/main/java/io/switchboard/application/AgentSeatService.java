package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Agents' seats in the caller's tenant: status changes (RT-13), caps (RT-4), connection loss (RT-12). */
public interface AgentSeatService {

    /**
     * An agent account with its seat. The login name and password are checked by the service itself (the password
     * by {@link io.switchboard.domain.model.account.PasswordPolicy}), whoever calls.
     *
     * @throws InvalidFieldException a field is wrong (blank or long login name, weak password, cap out of range)
     * @throws ConflictException     the login name is taken
     */
    AgentSeatView createAgent(@NotBlank @Size(max = 100) String username, @Size(max = 100) String displayName,
            @NotBlank @Size(max = 200) String password, @Min(0) @Max(200) Integer maxConcurrent);

    AgentSeatView get(long agentId);

    List<AgentSeatView> list(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long count();

    /** ONLINE, BUSY, BREAK or OFFLINE; becoming ONLINE dispatches the queue with the ready burst cap. */
    AgentSeatView changeStatus(long agentId, @NotNull String status);

    /** "Continue" during wrap-up. */
    AgentSeatView finishWrapUp(long agentId);

    AgentSeatView forceOffline(long agentId);

    AgentSeatView restore(long agentId);

    /** The agent's own cap, or null for the tenant default; a raised cap dispatches the queue. */
    AgentSeatView setCap(long agentId, @Min(0) @Max(200) Integer maxConcurrent);

    AgentSeatView connectionLost(long agentId);

    AgentSeatView connectionRestored(long agentId);

    /**
     * The agent's socket is alive (its heartbeat): clears a lost connection the seat still shows, e.g. one recorded
     * when another node started. A read, and the routing lock only when there is something to clear.
     */
    void stillConnected(long agentId);
}
