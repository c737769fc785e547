package io.switchboard.application;

import java.time.Instant;
import java.util.List;

/** The live monitor (实时监控, RP-1): every agent and every skill group of the caller's tenant, now. */
public interface MonitorService {

    /**
     * @param secondsInStatus how long the agent has been in this status
     * @param onlineSeconds   how long the agent has been signed in this time (0 when offline)
     * @param load            open conversations now, of {@code cap}
     */
    record AgentLine(long agentId, String name, String employeeNo, String status, boolean forcedOffline,
                     long secondsInStatus, long onlineSeconds, int load, int cap, int handledToday,
                     List<String> skillGroups) {
    }

    /**
     * @param agentsOnline       members signed in (any status but offline)
     * @param agentsReady        members whose status is available (示闲), whatever their load
     * @param agentsWithRoom     of those, the members who can take one more conversation now (under their cap):
     *                           what a waiting visitor needs; an agent at full load is ready but has no room
     * @param longestWaitSeconds how long the oldest waiting conversation has waited (0 when none waits)
     */
    record GroupLine(long groupId, String name, boolean enabled, String strategy, int members, int agentsOnline,
                     int agentsReady, int agentsWithRoom, long queued, long longestWaitSeconds, int open) {
    }

    record Snapshot(Instant at, List<AgentLine> agents, List<GroupLine> groups, long queued, long open,
                    int agentsOnline) {
    }

    Snapshot snapshot();
}
