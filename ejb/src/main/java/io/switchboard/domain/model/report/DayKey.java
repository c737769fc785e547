package io.switchboard.domain.model.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/** Which daily rollup row an hourly row's increment also counts in: the hour's day in the tenant's zone. */
public record DayKey(LocalDate day, long skillGroupId, long agentId, String channel, String association)
        implements Comparable<DayKey> {

    public static DayKey of(RollupKey hour, ZoneId zone) {
        return new DayKey(LocalDate.ofInstant(hour.hour(), zone), hour.skillGroupId(), hour.agentId(), hour.channel(),
                hour.association());
    }

    /** The hourly increments summed by day, in the order rows are to be locked. */
    public static Map<DayKey, RollupCounters> byDay(Map<RollupKey, RollupCounters> hourly, ZoneId zone) {
        Map<DayKey, RollupCounters> out = new TreeMap<>();
        hourly.forEach((k, v) -> out.computeIfAbsent(of(k, zone), d -> new RollupCounters()).plus(v));
        return out;
    }

    @Override
    public int compareTo(DayKey o) {
        int c = day.compareTo(o.day);
        c = c != 0 ? c : Long.compare(skillGroupId, o.skillGroupId);
        c = c != 0 ? c : Long.compare(agentId, o.agentId);
        c = c != 0 ? c : channel.compareTo(o.channel);
        return c != 0 ? c : association.compareTo(o.association);
    }
}
