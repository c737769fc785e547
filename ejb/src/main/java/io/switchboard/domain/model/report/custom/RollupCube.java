package io.switchboard.domain.model.report.custom;

import io.switchboard.domain.model.report.RollupCounters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

/**
 * A custom report the hourly and daily rollups can answer as well as the per-conversation rows, only much faster
 * (a 90-day report reads one row per day and key instead of one per conversation): its dimensions are among agent,
 * channel, association and time, and its metrics are sums and maxima the rollups keep. Not: unique visitors (not a
 * sum), and times queued by agent (the rollups count a queueing before any agent took it).
 */
public final class RollupCube {

    private static final Set<ReportDimension> DIMENSIONS = EnumSet.of(ReportDimension.AGENT, ReportDimension.CHANNEL,
            ReportDimension.ASSOCIATION, ReportDimension.TIME);

    private RollupCube() {
    }

    public static boolean serves(CustomReportSpec spec) {
        return DIMENSIONS.containsAll(spec.dimensions()) && !spec.metrics().contains(ReportMetric.UNIQUE_VISITORS)
                && !(spec.dimensions().contains(ReportDimension.AGENT) && spec.metrics().contains(ReportMetric.TIMES_QUEUED));
    }

    /** The rollups' counters as the report rows' sums: a queue time ends with an agent or with an abandon. */
    public static SessionTotals totals(RollupCounters c) {
        return new SessionTotals(c.queued(), c.queueLeft() + c.abandoned(), c.queueMsSum() + c.abandonMsSum(),
                Math.max(c.queueMsMax(), c.abandonMsMax()), 0, c.sessions(), c.lines(), c.segmentsEnded(),
                c.handleMsSum(), c.handleMsMax(), c.firstReplies(), c.firstReplyMsSum(), c.firstReplyMsMax(),
                c.replies(), c.replyMsSum(), c.replyMsMax(), c.ratings(), c.ratingSum(), c.qaScores(), c.qaSum());
    }

    /** Nothing a custom report shows (an agent's status time only). */
    public static boolean empty(SessionTotals t) {
        return t.queued() + t.queueExits() + t.sessions() + t.lines() + t.ratings() + t.qaScores() == 0;
    }

    /**
     * The time key the per-conversation rows give for the same period: an hourly row's start (an {@link Instant}) as
     * the local hour, a daily row's day (a {@link LocalDate}) as the day, its week's Monday or its month's first.
     */
    public static String timeKey(Object time, Granularity g, ZoneId zone) {
        if (time instanceof Instant hour) {
            return LocalDateTime.ofInstant(hour, zone).truncatedTo(ChronoUnit.HOURS).toString();
        }
        LocalDate day = time instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) time;
        return switch (g) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case MONTH -> day.withDayOfMonth(1).toString();
            default -> day.toString();
        };
    }
}
