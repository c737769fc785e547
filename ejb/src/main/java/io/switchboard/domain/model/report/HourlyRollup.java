package io.switchboard.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One hour of one tenant's figures for one skill group × agent × channel × association (issue 21), kept current by
 * folding the new facts in ({@link RollupFold}), never by reading the history again. Reports sum these rows.
 */
@Entity
@Table(name = "report_rollup")
public class HourlyRollup extends RollupRow {

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;

    protected HourlyRollup() {
    }

    public HourlyRollup(RollupKey key) {
        super(key.skillGroupId(), key.agentId(), key.channel(), key.association());
        this.hourStart = key.hour();
    }
}
