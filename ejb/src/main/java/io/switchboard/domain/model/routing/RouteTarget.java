package io.switchboard.domain.model.routing;

import java.util.List;

/** Where a new conversation goes before any agent is chosen: the outcome of {@link RouteResolver}. */
public sealed interface RouteTarget {

    /** Human agents of these skill groups, in overflow order. */
    record Groups(List<Long> skillGroupIds) implements RouteTarget {
        public Groups {
            skillGroupIds = List.copyOf(skillGroupIds);
        }
    }

    /**
     * The bot / conversation flow first; a hand-off to humans without a group of its own uses {@code fallback}.
     * {@code flowId} names the flow to run; null leaves the conversation to the partner's own bot (IM API hand-off).
     */
    record Bot(List<Long> fallback, Long flowId) implements RouteTarget {
        public Bot {
            fallback = List.copyOf(fallback);
        }

        public Bot(List<Long> fallback) {
            this(fallback, null);
        }
    }

    /** Outside service hours (RT-8): the off-hours message and leave-a-message. */
    record OffHours() implements RouteTarget {
    }
}
