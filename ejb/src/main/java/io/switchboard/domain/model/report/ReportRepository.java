package io.switchboard.domain.model.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reporting facts and hourly rollups (issue 21). */
public interface ReportRepository {

    void add(ReportFact fact);

    /** Tenants with facts not yet counted into the rollups, whatever the current tenant (the roller's round). */
    List<String> tenantsWithPendingFacts(int limit);

    /** This tenant's facts not yet counted, oldest first, locked until the transaction ends. */
    List<ReportFact> pendingFacts(int limit);

    /** Marks these facts counted, in one statement. */
    void markRolledUp(List<Long> factIds);

    /** This tenant's rollup row of that key, locked until the transaction ends. */
    Optional<HourlyRollup> lockRollup(RollupKey key);

    void add(HourlyRollup rollup);

    /** This tenant's daily rollup row of that key, locked until the transaction ends. */
    Optional<DailyRollup> lockDaily(DayKey key);

    void add(DailyRollup rollup);

    /** This tenant's rollup row of that hour and skill group ({@link RollupKey#groupHour()}), locked likewise. */
    Optional<GroupHourRollup> lockGroupHour(RollupKey key);

    void add(GroupHourRollup rollup);

    /**
     * Filters of a sum; null: any. With {@code firstDay} and {@code lastDay} (whole days of the tenant's zone, the same
     * span as [from, to)) the daily rollups are summed instead of the hourly ones.
     */
    record Slice(Instant from, Instant to, Long skillGroupId, Long agentId, String channel, java.time.LocalDate firstDay,
                 java.time.LocalDate lastDay) {

        public Slice(Instant from, Instant to, Long skillGroupId, Long agentId, String channel) {
            this(from, to, skillGroupId, agentId, channel, null, null);
        }

        public Slice with(Long group, Long agent, String channelCode) {
            return new Slice(from, to, group, agent, channelCode, firstDay, lastDay);
        }

        public boolean wholeDays() {
            return firstDay != null && lastDay != null;
        }
    }

    /** This tenant's rollups of the slice's hours [from, to), summed. */
    RollupCounters sum(Slice slice);

    /** The same sum by skill group (0: conversations of no group yet, and the agents' times). */
    List<Keyed<Long>> sumByGroup(Slice slice);

    /** The same sum by agent (the agents' own rows only). */
    List<Keyed<Long>> sumByAgent(Slice slice);

    record Keyed<K>(K key, RollupCounters counters) {
    }

    /**
     * Rollups summed by some of their dimensions (a custom report served from them): the ones not asked for are
     * 0 / "" / null; {@code time} is the hour's start (hourly slices) or the day (whole-day slices).
     */
    record Grouped(long agentId, String channel, String association, Object time, RollupCounters counters) {
    }

    List<Grouped> sumGrouped(Slice slice, boolean byAgent, boolean byChannel, boolean byAssociation, boolean byTime);

    /** One skill group's (0: none) rollups of one hour. */
    record GroupHour(long group, Instant hour, RollupCounters counters) {
    }

    /** This tenant's rollups of [from, to) summed by skill group and hour (the KPIs limited to work hours). */
    List<GroupHour> sumByGroupAndHour(Instant from, Instant to);

    /**
     * The parts of conversations one agent ended, begun in [from, to) (the agent report's drill-down), newest first;
     * withdrawn offers are not parts.
     */
    List<ReportFact> endedParts(long agentId, Instant from, Instant to, int offset, int limit);

    long countEndedParts(long agentId, Instant from, Instant to);

    /** The inbound of one hour on one channel (RP-2's trend). */
    record HourChannel(Instant hour, String channel, long arrived, long answered, long abandoned) {
    }

    /** Arrivals, answers and abandons by hour and channel over [from, to), in hour order. */
    List<HourChannel> inboundByHourAndChannel(Instant from, Instant to);

    /** A share of the visitors (RP-2): a value of their profile and how many conversations had it. */
    record Share(String value, long conversations) {
    }

    /**
     * The conversations created in [from, to) counted by a field of their visitor's profile ({@code os},
     * {@code browser}, {@code device} or {@code region}), most first; no value counts as "".
     */
    List<Share> visitorShares(String field, Instant from, Instant to);

    /** How many of this tenant's facts are not counted yet, and the oldest one's time (null: none): the lag. */
    Optional<Instant> oldestPending();
}
