package io.switchboard.domain.model.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which hourly rollup row a fact counts in: the hour (UTC) and the dimensions. "None" is 0 for the ids and the empty
 * text for the others, so the key is a plain unique key in the database.
 */
public record RollupKey(Instant hour, long skillGroupId, long agentId, String channel, String association)
        implements Comparable<RollupKey> {

    public RollupKey {
        hour = hour.truncatedTo(ChronoUnit.HOURS);
        channel = channel == null ? "" : channel;
        association = association == null ? "" : association;
    }

    public static RollupKey of(Instant at, Long group, Long agent, String channel, String association) {
        return new RollupKey(at, group == null ? 0 : group, agent == null ? 0 : agent, channel, association);
    }

    public RollupKey atHour(Instant otherHour) {
        return new RollupKey(otherHour, skillGroupId, agentId, channel, association);
    }

    /** The key of the same hour and skill group over every agent, channel and association ({@link GroupHourRollup}). */
    public RollupKey groupHour() {
        return new RollupKey(hour, skillGroupId, 0, "", "");
    }

    /** The hourly increments summed by hour and skill group, in the order rows are to be locked. */
    public static Map<RollupKey, RollupCounters> byGroupHour(Map<RollupKey, RollupCounters> hourly) {
        Map<RollupKey, RollupCounters> out = new TreeMap<>();
        hourly.forEach((k, v) -> out.computeIfAbsent(k.groupHour(), g -> new RollupCounters()).plus(v));
        return out;
    }

    /** The order rows are locked in, so two rollers never wait for each other in a circle. */
    @Override
    public int compareTo(RollupKey o) {
        int c = hour.compareTo(o.hour);
        c = c != 0 ? c : Long.compare(skillGroupId, o.skillGroupId);
        c = c != 0 ? c : Long.compare(agentId, o.agentId);
        c = c != 0 ? c : channel.compareTo(o.channel);
        return c != 0 ? c : association.compareTo(o.association);
    }
}
