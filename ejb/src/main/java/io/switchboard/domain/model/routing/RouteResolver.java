package io.switchboard.domain.model.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses where a new conversation goes (RT-8, RT-9), before any agent is picked. In order:
 * <ol>
 * <li>work hours, when enabled: outside every segment the visitor gets the off-hours message;</li>
 * <li>the skill group the visitor chose at the entry (CH-8), if any;</li>
 * <li>the first matching routing rule; a bot rule keeps the next group rule as its hand-off fallback;</li>
 * <li>the current work-hours segment's action and groups;</li>
 * <li>otherwise every enabled group of the channel's kind ("空闲坐席", any free agent).</li>
 * </ol>
 */
public final class RouteResolver {

    private RouteResolver() {
    }

    public static RouteTarget resolve(RoutingSettings settings, Instant now, String channel, String association,
            String entry, Long chosenGroup, List<Long> allEnabledGroups) {
        Optional<WorkSchedule.WorkSegment> segment = Optional.empty();
        if (settings.workHours().enabled()) {
            segment = settings.workHours().schedule().segmentAt(now);
            if (segment.isEmpty()) {
                return new RouteTarget.OffHours();
            }
        }
        if (chosenGroup != null) {
            return new RouteTarget.Groups(List.of(chosenGroup));
        }
        List<Long> fallback = segment.filter(s -> !s.skillGroupIds().isEmpty())
                .map(WorkSchedule.WorkSegment::skillGroupIds).orElse(allEnabledGroups);
        RoutingRule bot = null;
        for (RoutingRule rule : settings.rules()) {
            if (!rule.matches(channel, association, entry)) {
                continue;
            }
            if (rule.target() == RoutingRule.Target.SKILL_GROUP) {
                List<Long> groups = List.of(rule.skillGroupId());
                return bot != null ? new RouteTarget.Bot(groups, bot.flowId()) : new RouteTarget.Groups(groups);
            }
            if (bot == null) {
                bot = rule; // the first bot rule's flow runs
            }
        }
        if (bot != null) {
            return new RouteTarget.Bot(fallback, bot.flowId());
        }
        if (segment.isPresent() && segment.get().action() == WorkSchedule.SegmentAction.BOT) {
            return new RouteTarget.Bot(fallback, segment.get().flowId());
        }
        return new RouteTarget.Groups(new ArrayList<>(fallback));
    }
}
