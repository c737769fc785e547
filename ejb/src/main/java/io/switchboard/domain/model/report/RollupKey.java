package io.switchboard.domain.model.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
