package io.switchboard.application;

import java.time.Instant;
import java.util.List;

/** An agent's seat as the console and the API show it. */
public record AgentSeatView(long agentId, String username, String displayName, String status, Instant statusSince,
        boolean forcedOffline, int cap, Integer ownCap, int openConversations, int handledToday,
        List<Long> skillGroupIds, Instant wrapUpUntil) {
}
