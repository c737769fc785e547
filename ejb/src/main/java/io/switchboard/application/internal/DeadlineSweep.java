package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.DueDeadline;
import io.switchboard.infrastructure.cluster.ClusterLease;
import io.switchboard.infrastructure.cluster.ClusterNodes;
import io.switchboard.infrastructure.cluster.LocalNode;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.push.DeskUpdatePublisher;
import io.switchboard.infrastructure.push.LiveVisitorRegistry;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds and handles every due routing deadline (RT-5/6/7/10/12/13) of every tenant: one sweep every
 * SWITCHBOARD_DEADLINE_SWEEP_MILLIS [500], on one node of the cluster at a time (the node holding the
 * {@value #LEASE} lease, see {@link ClusterLease}; when it dies, another takes over within the lease time).
 * <ul>
 * <li>Conversations keep their next deadline in an indexed column, queue entries their reservation end, seats their
 * wrap-up end and lost connection: one indexed read per kind finds what is due, whatever the number of open
 * conversations; no timer per deadline, nothing to reschedule after a restart or on another node.</li>
 * <li>Each due row is handled in its own short transaction for its tenant; a deadline that moved meanwhile costs a
 * read, and only deadlines that change capacity take the tenant's routing lock ({@link RoutingTimeouts}).</li>
 * <li>Arrivals that waited {@link DeadlineWork#STALE_ARRIVAL} without being announced (their dispatch failed, or
 * the node that should have dispatched them died) are dispatched here.</li>
 * <li>On every node, whatever the lease: the places of the queues this node's transactions moved are pushed, once
 * per sweep however often they moved; and the node says it is alive ({@link ClusterNodes}). The lease holder treats
 * a node silent for twice the lease time as gone: the agents whose sockets it held have lost their connection.</li>
 * <li>A failure on one row is logged and the row stays due, so it is tried again on the next sweep; the others go
 * on.</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("StartupBanner")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // one single-action timer at a time; /health reads a volatile
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSweep {

    static final String LEASE = "deadline-sweep";
    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());
    private static final int BATCH = 500;
    /** How often a node says it is alive ({@link ClusterNodes#beat}). */
    private static final Duration BEAT = Duration.ofSeconds(2);

    @Resource
    TimerService timerService;
    @Inject
    DeadlineWork work;
    @Inject
    ClusterLease lease;
    @Inject
    TenantContext tenant;
    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;
    @Inject
    DeskUpdatePublisher pushes;

    @Inject
    LocalNode local;
    @Inject
    ClusterNodes nodes;
    @Inject
    LiveVisitorRegistry liveVisitors;

    private final Map<Object, Integer> failures = new HashMap<>();
    private volatile boolean stopping;
    private volatile boolean holding;
    /** Since when this node holds the lease without a break (null: it does not). */
    private Instant holdingSince;
    private Instant lastBeat = Instant.MIN;
    private long every;
    private Duration leaseTime;
    /** How long a node may stay silent (no {@link ClusterNodes#beat}) before the sockets it held count as lost. */
    private Duration nodeSilence;

    @PostConstruct
    void start() {
        every = Math.max(50, settings.getInt("SWITCHBOARD_DEADLINE_SWEEP_MILLIS", 500));
        leaseTime = Duration.ofMillis(Math.max(5_000, every * 10));
        nodeSilence = leaseTime.multipliedBy(2);
        int marked = work.presenceLost();
        LOG.info("Deadline sweep every " + every + " ms on node " + local.id() + "; agents without a connection after "
                + "the start: " + marked);
        arm(every);
    }

    /** Whether this node held the deadline lease at its latest sweep (for /health; never waits for a sweep). */
    public boolean holdsLease() {
        return holding;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        timerService.getTimers().forEach(Timer::cancel);
    }

    private void arm(long delay) {
        if (!stopping) {
            timerService.createSingleActionTimer(delay, new TimerConfig(null, false));
        }
    }

    @Timeout
    void sweep() {
        boolean full = false;
        if (stopping) {
            return;
        }
        try {
            // every node: the queues its own transactions moved (their places go to every node's sockets)
            for (String t : pushes.takeMovedQueues()) {
                run(t, "queue places of " + t, () -> work.queuePlaces(t));
            }
            Instant now = clock.instant();
            if (!now.isBefore(lastBeat.plus(BEAT))) {
                nodes.beat(local.id());
                lastBeat = now;
            }
            holding = lease.hold(LEASE, local.id(), now, leaseTime);
            holdingSince = !holding ? null : holdingSince == null ? now : holdingSince;
            if (holding) {
                // only a holder that has itself been beating for the silence time judges the others: after a database
                // outage or a lease hand-over, the live nodes get the time to beat again first
                if (!now.isBefore(holdingSince.plus(nodeSilence))) {
                    nodesGone();
                }
                DeadlineWork.Due due = work.due(BATCH);
                each(due.conversations(), work::conversation);
                each(due.reservations(), work::reservation);
                each(due.seats(), work::seat);
                due.staleArrivals().forEach(t -> run(t, "arrivals of " + t, work::arrivals));
                full = due.conversations().size() == BATCH || due.reservations().size() == BATCH;
            }
        } catch (RuntimeException e) {
            // the database is away, or the lease could not be read: the next sweep tries again
            LOG.log(Level.WARNING, "deadline sweep failed: " + e);
        } finally {
            arm(full ? 1 : every);
        }
    }

    /**
     * Nodes silent for {@link #nodeSilence} (database time) are gone: each agent whose socket one of them held has
     * lost the connection, marked in its tenant's own transaction under the routing lock, and the visitor sockets they
     * held stop counting; the nodes are forgotten once every seat is done (else the next sweep tries again).
     */
    private void nodesGone() {
        List<String> gone = nodes.silentFor(nodeSilence);
        if (gone.isEmpty()) {
            return;
        }
        List<DeadlineWork.SeatOf> seats = work.connectedThrough(gone);
        boolean all = true;
        for (DeadlineWork.SeatOf seat : seats) {
            all &= run(seat.tenantId(), "lost seat " + seat.agentId(), () -> work.seatLost(seat.agentId(), gone));
        }
        if (all) {
            int visitors = liveVisitors.visits().nodesGone(gone, clock.instant());
            nodes.forget(gone);
            LOG.info("Nodes gone: " + gone + "; agents whose connection they held: " + seats.size()
                    + "; visitors with a socket there: " + visitors);
        }
    }

    private void each(List<DueDeadline> rows, LongConsumer handle) {
        rows.forEach(row -> run(row.tenantId(), row, () -> handle.accept(row.id())));
    }

    /**
     * Runs one piece of due work for its tenant; a failure is logged and the work is tried again next sweep.
     *
     * @return whether it was done
     */
    private boolean run(String tenantId, Object what, Runnable task) {
        try {
            tenant.within(tenantId, task);
            failures.remove(what);
            return true;
        } catch (RuntimeException e) {
            int n = failures.merge(what, 1, Integer::sum);
            if (Integer.bitCount(n) == 1) { // the 1st, 2nd, 4th, 8th ... failure: a stuck row does not flood the log
                LOG.log(Level.WARNING, "due work " + what + " not handled (" + n + " times), tried again on the next sweep: " + e);
            }
            if (failures.size() > 10_000) {
                failures.clear();
            }
            return false;
        }
    }
}
