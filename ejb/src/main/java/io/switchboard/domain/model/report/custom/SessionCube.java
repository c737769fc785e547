package io.switchboard.domain.model.report.custom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The sealed days of the custom reports: once a tenant's day is over and its rows have been left alone for
 * {@link #QUIET}, the roller sums them into cells, one per day and combination of agent, channel, association, session
 * type and validity, once over all visitors and once more by the visitors' tags (a visitor with two tags in both
 * tags' cells, one without under ""). A report by those dimensions (time by day, week or month) reads the cells of
 * the sealed days and the rows of the others only; unique visitors are merged from the distinct visitors each
 * conversation cell keeps ({@link VisitorHashes}). A visitor's tags are the ones of today, not a column of the row:
 * a change of them opens that visitor's days again. A report by hour has the time and at most one other dimension:
 * a sealed day keeps its hours too, once over all its rows and once by each other dimension alone, each cell with its
 * count of distinct visitors (a group of such a report is one cell). Every custom report the rollups cannot answer is
 * read from the sealed days and the open days' rows.
 */
public final class SessionCube {

    /** How long a day's rows stay untouched before it is sealed: conversations running past midnight end first. */
    public static final Duration QUIET = Duration.ofMinutes(10);

    private SessionCube() {
    }

    /** A day can be sealed once it is over in the tenant's zone (and its rows have been quiet for {@link #QUIET}). */
    public static boolean over(LocalDate day, Instant now, ZoneId zone) {
        return day.isBefore(LocalDate.ofInstant(now, zone));
    }
}
