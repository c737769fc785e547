package io.switchboard.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One hour of one tenant's figures for one skill group over every agent, channel and association: the hourly rollups'
 * increments folded again by {@link RollupKey#groupHour()}, in the same transaction, so the KPIs limited to the work
 * hours (which sum hour by hour) read one row per hour and group.
 */
@Entity
@Table(name = "report_rollup_group_hour")
public class GroupHourRollup extends RollupRow {

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    protected GroupHourRollup() {
    }

    public GroupHourRollup(RollupKey key) {
        super(key.skillGroupId(), key.agentId(), key.channel(), key.association());
        this.hourStart = key.hour();
    }
}
