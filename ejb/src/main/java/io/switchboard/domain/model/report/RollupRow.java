package io.switchboard.domain.model.report;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What an hourly and a daily rollup row share (issue 21): one tenant's figures for one skill group × agent × channel ×
 * association over a period the subclass names, kept current by adding increments, never by reading the history.
 */
@MappedSuperclass
public abstract class RollupRow extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected RollupRow() {
    }

    protected RollupRow(long skillGroupId, long agentId, String channel, String association) {
        this.skillGroupId = skillGroupId;
        this.agentId = agentId;
        this.channel = channel;
        this.association = association;
    }

    public void add(RollupCounters increment) {
        counters.plus(increment);
    }

    public RollupCounters counters() {
        return counters;
    }
}
