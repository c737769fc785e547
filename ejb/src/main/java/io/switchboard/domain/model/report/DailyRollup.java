package io.switchboard.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One day (the tenant's zone) of one tenant's figures for one skill group × agent × channel × association: the hourly
 * rollups' increments folded again by day, in the same transaction ({@link DayKey}), so a report over whole days
 * reads one row per day and key instead of one per hour (a 90-day report reads ~24 times fewer rows).
 */
@Entity
@Table(name = "report_rollup_day")
public class DailyRollup extends RollupRow {

    @Column(name = "rollup_day", nullable = false)
    private LocalDate rollupDay;

    protected DailyRollup() {
    }

    public DailyRollup(DayKey key) {
        super(key.skillGroupId(), key.agentId(), key.channel(), key.association());
        this.rollupDay = key.day();
    }
}
