package io.switchboard.domain.model.report;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One day (the tenant's zone) of one tenant's figures for one skill group × agent × channel × association: the hourly
 * rollups' increments folded again by day, in the same transaction ({@link DayKey}), so a report over whole days
 * reads one row per day and key instead of one per hour (a 90-day report reads ~24 times fewer rows).
 */
@Entity
@Table(name = "report_rollup_day")
public class DailyRollup extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rollup_day", nullable = false)
    private LocalDate rollupDay;
    @Column(name = "skill_group_id", nullable = false)
    private long skillGroupId;
    @Column(name = "agent_id", nullable = false)
    private long agentId;
    @Column(nullable = false, length = 20)
    private String channel;
    @Column(nullable = false, length = 100)
    private String association;

    @Embedded
    private RollupCounters counters = new RollupCounters();

    protected DailyRollup() {
    }

    public DailyRollup(DayKey key) {
        this.rollupDay = key.day();
        this.skillGroupId = key.skillGroupId();
        this.agentId = key.agentId();
        this.channel = key.channel();
        this.association = key.association();
    }

    public void add(RollupCounters increment) {
        counters.plus(increment);
    }

    public RollupCounters counters() {
        return counters;
    }
}
