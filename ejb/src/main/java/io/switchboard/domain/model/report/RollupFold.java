package io.switchboard.domain.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds facts into the hourly rollups' increments: each fact counts in the row of its bucket hour and dimensions; an
 * agent's status interval is cut at the hours it spans, so an hour holds only its own share of the time.
 */
public final class RollupFold {

    private static final java.util.Set<String> COUNTED_STATUSES = java.util.Set.of("ONLINE", "BUSY", "BREAK", "WRAP_UP");
    private static final Duration MAX_INTERVAL = Duration.ofDays(31);

    private final Map<RollupKey, RollupCounters> increments = new TreeMap<>();
    private final int defaultCap;

    /** @param defaultCap the tenant's cap of open chats per agent, for the intervals of agents without their own */
    public RollupFold(int defaultCap) {
        this.defaultCap = defaultCap;
    }

    public RollupFold add(ReportFact f) {
        RollupKey key = RollupKey.of(f.getBucketAt(), f.getSkillGroupId(), f.getAgentId(), f.getChannel(),
                f.getAssociation());
        if (f.getKind() == FactKind.AGENT_STATE && f.getValueMs() != null) {
            spread(key, f);
        } else {
            row(key).add(f.getKind(), f.getValueMs(), f.getCount(), f.getDetail());
        }
        return this;
    }

    private void spread(RollupKey key, ReportFact f) {
        if (!COUNTED_STATUSES.contains(f.getDetail())) {
            return; // offline time is in no figure: no rows for it, however long it was
        }
        Instant from = f.getBucketAt();
        // a status left on for longer (an agent who never signed out) counts its first 31 days: rows stay bounded
        Instant to = from.plusMillis(Math.min(f.getValueMs(), MAX_INTERVAL.toMillis()));
        while (from.isBefore(to)) {
            Instant hourEnd = from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant until = hourEnd.isBefore(to) ? hourEnd : to;
            row(key.atHour(from)).add(FactKind.AGENT_STATE, Duration.between(from, until).toMillis(),
                    f.getCount() < 0 ? defaultCap : f.getCount(), f.getDetail());
            from = until;
        }
    }

    private RollupCounters row(RollupKey key) {
        return increments.computeIfAbsent(key, k -> new RollupCounters());
    }

    /** The increments by row, in the order rows are to be locked ({@link RollupKey#compareTo}). */
    public Map<RollupKey, RollupCounters> increments() {
        return increments;
    }
}
