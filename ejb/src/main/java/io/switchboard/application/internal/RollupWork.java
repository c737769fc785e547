package io.switchboard.application.internal;

import io.switchboard.domain.model.report.DailyRollup;
import io.switchboard.domain.model.report.GroupHourRollup;
import io.switchboard.domain.model.report.DayKey;
import io.switchboard.domain.model.report.HourlyRollup;
import io.switchboard.domain.model.report.ReportFact;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.RollupCounters;
import io.switchboard.domain.model.report.RollupFold;
import io.switchboard.domain.model.report.RollupKey;
import io.switchboard.domain.model.report.RollupRow;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import io.switchboard.domain.model.report.custom.CustomReportRepository;
import io.switchboard.domain.model.report.custom.SessionCube;
import io.switchboard.domain.model.report.custom.SessionCubeRepository;
import io.switchboard.domain.model.report.custom.SessionFold;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The transactions of the report roller ({@link ReportRoller}): which tenants have facts to count, and one
 * transaction per batch of a tenant's facts that adds them to the hourly rollups and marks them counted, together
 * (so a fact is counted exactly once, whatever fails or restarts).
 */
@Stateless
public class RollupWork {

    @Inject
    ReportRepository reports;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    CustomReportRepository customReports;
    @Inject
    SessionCubeRepository cube;
    @Inject
    Clock clock;

    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> tenantsWithPendingFacts(int limit) {
        return reports.tenantsWithPendingFacts(limit);
    }

    /** Counts up to {@code limit} of the current tenant's facts; @return how many */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int roll(int limit) {
        List<ReportFact> facts = reports.pendingFacts(limit);
        if (facts.isEmpty()) {
            return 0;
        }
        var tenantSettings = settings.current().current();
        RollupFold fold = new RollupFold(tenantSettings.maxConcurrentPerAgent());
        facts.forEach(fold::add);
        // rows in key order: two rollers (a lease hand-over) never wait for each other in a circle
        addTo(fold.increments(), reports::lockRollup, HourlyRollup::new, reports::add);
        // the same increments by the tenant's day, in key order too
        addTo(DayKey.byDay(fold.increments(), tenantSettings.zone()), reports::lockDaily, DailyRollup::new, reports::add);
        // and by hour and skill group alone, for the KPIs limited to the work hours
        addTo(RollupKey.byGroupHour(fold.increments()), reports::lockGroupHour, GroupHourRollup::new, reports::add);
        foldSessions(facts, tenantSettings.zone());
        reports.markRolledUp(facts.stream().map(ReportFact::getId).toList());
        return facts.size();
    }

    /** Adds each increment to its row, locked, or to a new row; in the map's order (the order rows are locked in). */
    private static <K, R extends RollupRow> void addTo(Map<K, RollupCounters> increments, Function<K, Optional<R>> lock,
                                                       Function<K, R> create, Consumer<R> persist) {
        increments.forEach((key, increment) -> lock.apply(key).orElseGet(() -> {
            R created = create.apply(key);
            persist.accept(created);
            return created;
        }).add(increment));
    }

    /** The custom reports' rows of the facts' conversations, in the same transaction as the rollups. */
    private void foldSessions(List<ReportFact> facts, ZoneId zone) {
        Set<Long> conversations = new TreeSet<>();
        facts.forEach(f -> {
            if (f.getConversationId() != null) {
                conversations.add(f.getConversationId());
            }
        });
        if (conversations.isEmpty()) {
            return;
        }
        SessionFold fold = new SessionFold(zone, customReports.sessionsOf(conversations),
                customReports.originsOf(conversations));
        facts.forEach(fold::add);
        fold.created().forEach(customReports::add);
        cube.touch(fold.touchedDays(), clock.instant());
    }

    /** The days of every tenant whose custom-report rows are not sealed. */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SessionCubeRepository.OpenDay> openDays(int limit) {
        return cube.openDays(limit);
    }

    /** Seals the current tenant's day ({@link SessionCube}) if it is over and quiet; @return whether it was sealed */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean seal(LocalDate day) {
        Instant now = clock.instant();
        return SessionCube.over(day, now, settings.current().current().zone())
                && cube.seal(day, now.minus(SessionCube.QUIET));
    }
}
