package io.switchboard.domain.model.routing;

/**
 * How a skill group picks one of its eligible members (RT-3). Ties always fall back to the lower load, then to
 * the longer idle time, then to the lower agent id, so every strategy is deterministic.
 */
public enum RoutingStrategy {
    /** 空闲坐席会话少优先: fewest open chats relative to the agent's cap (saturation). The seed default. */
    LEAST_BUSY,
    /** 空闲坐席顺序分配: members in turn, skipping those at their cap. */
    ROUND_ROBIN,
    /** The member whose last assignment (or return to ready) lies furthest back. */
    LONGEST_IDLE,
    /** The member who has been assigned the fewest conversations today. */
    FEWEST_HANDLED_TODAY,
    /** The member with the best (lowest) priority number within the group; load breaks ties. */
    MEMBER_PRIORITY
}
