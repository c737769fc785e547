package io.switchboard.domain.model.report;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One hour of one tenant's figures for one skill group × agent × channel × association (issue 21), kept current by
 * folding the new facts in ({@link RollupFold}), never by reading the history again. Reports sum these rows.
 */
@Entity
@Table(name = "report_rollup")
public class HourlyRollup extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hour_start", nullable = false)
    private Instant hourStart;
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

    protected HourlyRollup() {
    }

    public HourlyRollup(RollupKey key) {
        this.hourStart = key.hour();
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
