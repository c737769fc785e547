package io.switchboard.domain.model.report.custom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sealed days of the custom reports: once a tenant's day is over and its rows have been left alone for
 * {@link #QUIET}, the roller sums them into cells, one per day and combination of agent, channel, association, session
 * type and validity. A report by those dimensions (time by day, week or month) reads the cells of the sealed days and
 * the rows of the others only; unique visitors are merged from the distinct visitors each conversation cell keeps
 * ({@link VisitorHashes}). Not: visitor tags (the visitor's tags today, not a column of the row) and hours (finer
 * than the cells).
 */
public final class SessionCube {

    /** How long a day's rows stay untouched before it is sealed: conversations running past midnight end first. */
    public static final Duration QUIET = Duration.ofMinutes(10);

    private static final Set<ReportDimension> DIMENSIONS = EnumSet.of(ReportDimension.AGENT, ReportDimension.CHANNEL,
            ReportDimension.ASSOCIATION, ReportDimension.SESSION_TYPE, ReportDimension.VALIDITY, ReportDimension.TIME);

    private SessionCube() {
    }

    public static boolean serves(CustomReportSpec spec) {
        return DIMENSIONS.containsAll(spec.dimensions()) && spec.granularity() != Granularity.HOUR;
    }

    /** A day can be sealed once it is over in the tenant's zone (and its rows have been quiet for {@link #QUIET}). */
    public static boolean over(LocalDate day, Instant now, ZoneId zone) {
        return day.isBefore(LocalDate.ofInstant(now, zone));
    }
}
