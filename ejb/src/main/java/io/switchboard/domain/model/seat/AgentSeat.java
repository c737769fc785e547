package io.switchboard.domain.model.seat;

import io.switchboard.domain.model.routing.SeatState;
import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import io.switchboard.domain.model.report.FactKind;
import io.switchboard.domain.model.report.RaisedFact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An agent's seat: their status (RT-13), cap (RT-4) and current load. One per agent account, same id. The load
 * ({@code openConversations}) is kept here rather than counted, because every routing decision reads it; it
 * changes only under the tenant's routing lock, together with the conversations it counts.
 */
@Entity
@Table(name = "agent_seat")
public class AgentSeat extends TenantOwned {

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgentStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "forced_offline", nullable = false)
    private boolean forcedOffline;

    /** This agent's own cap; null means the tenant's 坐席分配最大访客数量. */
    @Column(name = "max_concurrent")
    private Integer maxConcurrent;

    @Column(name = "open_conversations", nullable = false)
    private int openConversations;

    @Column(name = "handled_today", nullable = false)
    private int handledToday;

    @Column(name = "handled_day")
    private LocalDate handledDay;

    @Column(name = "idle_since", nullable = false)
    private Instant idleSince;

    @Column(name = "wrap_up_until")
    private Instant wrapUpUntil;

    @Column(name = "disconnected_at")
    private Instant disconnectedAt;

    /** The node whose socket last said the agent is connected (null: not known, as before schema 17). */
    @Column(name = "connected_node", length = 100)
    private String connectedNode;

    @Column(name = "signed_in_at")
    private Instant signedInAt;

    @Version
    private long version;

    /** The status intervals that ended since the last {@link #drainFacts}: the reports' agent times (issue 21). */
    @Transient
    private List<RaisedFact> ended;

    protected AgentSeat() {
    }

    public AgentSeat(long agentId, String displayName, Instant at) {
        this.agentId = agentId;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.status = AgentStatus.OFFLINE;
        this.statusSince = at;
        this.idleSince = at;
    }

    public static AgentSeat inTenant(String tenantId, long agentId, String displayName, Instant at) {
        AgentSeat seat = new AgentSeat(agentId, displayName, at);
        seat.assignTenant(tenantId);
        return seat;
    }

    /**
     * Changes the status as the agent (or the system) asks. WRAP_UP is entered only through
     * {@link #startWrapUp}; a forced-offline seat stays offline until an admin restores it.
     *
     * @return true when the seat just became ready for new work (so the queue should be dispatched)
     */
    public boolean changeStatus(AgentStatus target, Instant at) {
        Objects.requireNonNull(target, "target");
        if (target == AgentStatus.WRAP_UP) {
            throw new IllegalArgumentException("wrap-up starts when a conversation ends, not on request");
        }
        if (forcedOffline && target != AgentStatus.OFFLINE) {
            throw new IllegalStateException("agent " + agentId + " was forced offline; an admin must restore the seat first");
        }
        boolean becameReady = target == AgentStatus.ONLINE && status != AgentStatus.ONLINE;
        if (target != status) {
            if (!status.signedIn()) {
                signedInAt = at;
            } else if (!target.signedIn()) {
                signedInAt = null;
            }
            enter(target, at);
        }
        wrapUpUntil = null;
        if (becameReady) {
            idleSince = at;
        }
        return becameReady;
    }

    private void enter(AgentStatus target, Instant at) {
        if (ended == null) {
            ended = new ArrayList<>(2);
        }
        long length = Math.max(0, Duration.between(statusSince, at).toMillis());
        ended.add(new RaisedFact(FactKind.AGENT_STATE, at, statusSince, agentId, null, length, 0, status.name()));
        status = target;
        statusSince = at;
    }

    /**
     * The status intervals that ended since the last call, each with the agent's own cap of open chats as its count
     * (for the occupancy; -1: the tenant's default cap); handed out once.
     */
    public List<RaisedFact> drainFacts() {
        if (ended == null || ended.isEmpty()) {
            return List.of();
        }
        int cap = maxConcurrent == null ? -1 : maxConcurrent;
        List<RaisedFact> out = ended.stream().map(f -> new RaisedFact(f.kind(), f.at(), f.bucketAt(), f.agentId(), null,
                f.valueMs(), cap, f.detail())).toList();
        ended = null;
        return out;
    }

    /** After-chat wrap-up (话后整理) until the given instant, unless the agent presses "continue" earlier. */
    public void startWrapUp(Instant until, Instant at) {
        if (status != AgentStatus.ONLINE && status != AgentStatus.BUSY) {
            return;
        }
        enter(AgentStatus.WRAP_UP, at);
        wrapUpUntil = until;
    }

    /** "Continue" or the wrap-up timeout: back to ready. @return true when the seat was in wrap-up. */
    public boolean finishWrapUp(Instant at) {
        if (status != AgentStatus.WRAP_UP) {
            return false;
        }
        return changeStatus(AgentStatus.ONLINE, at);
    }

    /** An admin forces the agent offline (强制下线); they keep their open conversations but get no new ones. */
    public void forceOffline(Instant at) {
        forcedOffline = true;
        changeStatus(AgentStatus.OFFLINE, at);
    }

    public void restore() {
        forcedOffline = false;
    }

    public void setMaxConcurrent(Integer cap) {
        if (cap != null && (cap < 0 || cap > 200)) {
            throw new IllegalArgumentException("max concurrent conversations must be between 0 and 200");
        }
        this.maxConcurrent = cap;
    }

    public int effectiveCap(int tenantDefault) {
        return maxConcurrent != null ? maxConcurrent : tenantDefault;
    }

    public void assigned(Instant at, LocalDate today) {
        if (!today.equals(handledDay)) {
            handledDay = today;
            handledToday = 0;
        }
        openConversations++;
        handledToday++;
        idleSince = at;
    }

    public void released() {
        if (openConversations == 0) {
            throw new IllegalStateException("agent " + agentId + " has no open conversation to release");
        }
        openConversations--;
    }

    public int handledOn(LocalDate today) {
        return today.equals(handledDay) ? handledToday : 0;
    }

    public void disconnected(Instant at) {
        if (disconnectedAt == null) {
            disconnectedAt = at;
        }
    }

    public void reconnected() {
        disconnectedAt = null;
    }

    /** A socket on {@code node} says the agent is connected: that node now answers for the connection. */
    public void connectedTo(String node) {
        disconnectedAt = null;
        connectedNode = node;
    }

    /**
     * Whether a lost socket on {@code node} means the agent lost its connection: not when the agent's latest socket
     * is on another node.
     */
    public boolean connectionHeldBy(String node) {
        return connectedNode == null || connectedNode.equals(node);
    }

    /** When the wrap-up ends by itself, if in wrap-up. */
    public Instant wrapUpDeadline() {
        return status == AgentStatus.WRAP_UP ? wrapUpUntil : null;
    }

    /** The routing engine's copy of this seat. */
    public SeatState toSeatState(int tenantDefaultCap, LocalDate today) {
        AgentStatus effective = forcedOffline ? AgentStatus.OFFLINE : status;
        return new SeatState(agentId, effective, effectiveCap(tenantDefaultCap), openConversations, handledOn(today), idleSince);
    }

    public Long getAgentId() { return agentId; }
    public String getDisplayName() { return displayName; }

    /** The public nickname changed in the staff directory; visitors see it from the next assignment. */
    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "displayName");
    }
    public AgentStatus getStatus() { return status; }
    public Instant getStatusSince() { return statusSince; }
    public boolean isForcedOffline() { return forcedOffline; }

    /** When the agent signed in this time (RP-1 "online time"); null while offline. */
    public Instant getSignedInAt() { return status.signedIn() ? (signedInAt == null ? statusSince : signedInAt) : null; }
    public Integer getMaxConcurrent() { return maxConcurrent; }
    public int getOpenConversations() { return openConversations; }
    public Instant getIdleSince() { return idleSince; }
    public Instant getDisconnectedAt() { return disconnectedAt; }
    public String getConnectedNode() { return connectedNode; }
}
