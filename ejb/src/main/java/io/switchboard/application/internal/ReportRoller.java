package io.switchboard.application.internal;

import io.switchboard.domain.model.report.custom.SessionCubeRepository;
import io.switchboard.infrastructure.cluster.ClusterLease;
import io.switchboard.infrastructure.cluster.LocalNode;
import io.switchboard.infrastructure.config.SwitchboardSettings;
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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the hourly report rollups current (issue 21): every SWITCHBOARD_REPORT_ROLLUP_MILLIS [1000], on the one node
 * holding the {@value #LEASE} lease, the facts written since are folded into the rollups, a batch of at most
 * {@value #BATCH} facts per transaction, tenant by tenant. The reports read the rollups, so they lag the facts by about
 * one round; a failure (the database away) is logged and the same facts are counted on a later round. Every
 * SWITCHBOARD_REPORT_SEAL_MILLIS [60000] it also seals the custom reports' days that are over
 * ({@link io.switchboard.domain.model.report.custom.SessionCube}).
 */
@Startup
@Singleton
@DependsOn("StartupBanner")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportRoller {

    static final String LEASE = "report-rollup";
    private static final Logger LOG = Logger.getLogger(ReportRoller.class.getName());
    static final int BATCH = 2_000;
    /** At most this many batches of one tenant per round, so one busy tenant does not hold the others' figures back. */
    private static final int ROUNDS_PER_TENANT = 10;
    private static final Duration SEAL_BUDGET = Duration.ofSeconds(2);
    private static final int SEAL_LIST = 1000;

    @Resource
    TimerService timerService;
    @Inject
    RollupWork work;
    @Inject
    ClusterLease lease;
    @Inject
    LocalNode local;
    @Inject
    TenantContext tenant;
    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;

    private volatile boolean stopping;
    private long every;
    private long sealEveryNanos;
    private long lastSeal;
    private Duration leaseTime;
    private int failures;

    @PostConstruct
    void start() {
        every = Math.max(100, settings.getInt("SWITCHBOARD_REPORT_ROLLUP_MILLIS", 1000));
        leaseTime = Duration.ofMillis(Math.max(10_000, every * 10));
        sealEveryNanos = Duration.ofMillis(Math.max(100, settings.getInt("SWITCHBOARD_REPORT_SEAL_MILLIS", 60_000))).toNanos();
        lastSeal = System.nanoTime();
        arm(every);
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
    void roll() {
        if (stopping) {
            return;
        }
        boolean more = false;
        try {
            if (lease.hold(LEASE, local.id(), clock.instant(), leaseTime)) {
                for (String t : work.tenantsWithPendingFacts(1000)) {
                    more |= rollTenant(t);
                }
                if (!more && System.nanoTime() - lastSeal >= sealEveryNanos && !seal()) {
                    lastSeal = System.nanoTime(); // all sealed: the next pass in a while; else again next round
                }
            }
            failures = 0;
        } catch (RuntimeException e) {
            if (Integer.bitCount(++failures) == 1) { // 1st, 2nd, 4th … failure: an outage does not flood the log
                LOG.log(Level.WARNING, "report rollup failed (" + failures + " times), tried again: " + e);
            }
        } finally {
            arm(more ? 1 : every);
        }
    }

    /**
     * Seals the days of the custom reports that are over and quiet, each in a transaction of its own, for at most
     * {@link #SEAL_BUDGET} so the facts keep being counted (after an upgrade every past day is sealed again).
     * @return whether days were left for the next round
     */
    private boolean seal() {
        long until = System.nanoTime() + SEAL_BUDGET.toNanos();
        List<SessionCubeRepository.OpenDay> days = work.openDays(SEAL_LIST);
        for (SessionCubeRepository.OpenDay d : days) {
            if (System.nanoTime() > until) {
                return true;
            }
            tenant.within(d.tenantId(), () -> work.seal(d.day()));
        }
        return days.size() == SEAL_LIST;
    }

    /** @return whether the tenant still has facts after its share of this round */
    private boolean rollTenant(String tenantId) {
        for (int i = 0; i < ROUNDS_PER_TENANT; i++) {
            int[] counted = new int[1];
            tenant.within(tenantId, () -> counted[0] = work.roll(BATCH));
            if (counted[0] < BATCH) {
                return false;
            }
        }
        return true;
    }
}
