package io.switchboard.domain.model.routing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One routing rule of RT-9 (环信 路由规则): match the conversation by channel, by association (a specific app,
 * site or account), by entry button, or match everything (DEFAULT), and send it to a skill group or the bot.
 * Rules are kept in a list whose order is the drag priority: the first match wins, except that a bot hand-off
 * without a group of its own falls back to the next matching rule that names a group (S3 §8.5.5).
 *
 * @param value  the channel name, association id or entry key; ignored for DEFAULT
 * @param flowId the conversation flow a BOT rule runs (FL-1); null: the partner's own bot, which hands the
 *               conversation over through the IM API
 */
public record RoutingRule(@NotNull Match match, @Size(max = 100) String value, @NotNull Target target, Long skillGroupId,
                          Long flowId) implements Serializable {

    public enum Match { CHANNEL, ASSOCIATION, ENTRY, DEFAULT }

    public enum Target { SKILL_GROUP, BOT }

    public RoutingRule {
        if (match != Match.DEFAULT && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("a " + match + " rule needs a value to match");
        }
        if (target == Target.SKILL_GROUP && skillGroupId == null) {
            throw new IllegalArgumentException("a rule that targets a skill group must name it");
        }
    }

    public boolean matches(String channel, String association, String entry) {
        return switch (match) {
            case CHANNEL -> value.equalsIgnoreCase(channel == null ? "" : channel);
            case ASSOCIATION -> value.equals(association);
            case ENTRY -> value.equals(entry);
            case DEFAULT -> true;
        };
    }
}
