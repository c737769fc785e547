package io.switchboard.domain.model.report.custom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The sealed days of the custom reports ({@link SessionCube}): the days' states and their cells. */
public interface SessionCubeRepository {

    /** A tenant's day not sealed. */
    record OpenDay(String tenantId, LocalDate day) {
    }

    /**
     * The current tenant's rows of these days changed at {@code now}: a sealed day loses its cells and is read from
     * its rows again; a day seen for the first time is recorded, not sealed.
     */
    void touch(Collection<LocalDate> days, Instant now);

    /**
     * The tags of one of the current tenant's visitors changed at {@code now}: the days with that visitor's rows are
     * opened again ({@link #touch}), as their cells by tag counted the tags it had.
     */
    void retagged(String channel, String visitorId, Instant now);

    /** Days not sealed, of every tenant, oldest first. */
    List<OpenDay> openDays(int limit);

    /**
     * Seals the current tenant's day: its rows summed into cells, if it is still not sealed and its rows have not
     * changed since {@code quietSince}. @return whether it was sealed
     */
    boolean seal(LocalDate day, Instant quietSince);

    /** Whether some of the current tenant's days in [from, to] with rows are not sealed. */
    boolean anyOpen(LocalDate from, LocalDate to);

    /**
     * The sums of the current tenant's days [from, to] grouped by the spec's dimensions (a report the rollups cannot
     * answer, {@link RollupCube#serves}): the cells of the sealed days and the rows of the others, read together.
     * {@code creation}: the conversations' rows, else the parts'. {@code first} &gt; 0: at least the first that many groups in the order of
     * their keys (numbers by value, none last), where the store can choose them (a report by hour over agents and
     * time), else all of them.
     */
    List<CustomReportRepository.Group> totals(CustomReportSpec spec, boolean creation, LocalDate from, LocalDate to,
                                              int first);
}
