package io.switchboard.domain.model.skillgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An agent's membership in a skill group, with its priority (1 = highest). */
@Embeddable
public class GroupMember {

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(nullable = false)
    private int priority;

    protected GroupMember() {
    }

    public GroupMember(long agentId, int priority) {
        if (priority < 1 || priority > 100) {
            throw new IllegalArgumentException("member priority must be between 1 and 100");
        }
        this.agentId = agentId;
        this.priority = priority;
    }

    public long getAgentId() {
        return agentId;
    }

    public int getPriority() {
        return priority;
    }
}
