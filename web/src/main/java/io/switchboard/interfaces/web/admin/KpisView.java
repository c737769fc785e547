package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ReportService;
import io.switchboard.application.ReportService.KpiReport;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.report.Kpis;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * KPI 指标 (RP-5): service level, average speed of answer, abandonment rate, occupancy and average handle time of the
 * tenant and of each skill group over chosen days, each with its definition on the page; T, S and whether only work
 * hours count start as the tenant's, which an administrator can change here.
 */
@Named
@ViewScoped
public class KpisView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;
    @Inject
    SkillGroupService groups;
    @Inject
    ConsoleActions actions;
    @Inject
    Clock clock;
    @Inject
    io.switchboard.application.RoutingSettingsService routing;

    private LocalDate from;
    private LocalDate to;
    private Long skillGroupId;
    private int thresholdSeconds;
    private int shortAbandonSeconds;
    private boolean workHoursOnly;
    private KpiReport report;

    @PostConstruct
    void init() {
        to = LocalDate.ofInstant(clock.instant(), reports.zone()); // today where the tenant works
        from = to;
        RoutingSettings.ServiceLevel tenant = routing.current().serviceLevel();
        thresholdSeconds = tenant.thresholdSeconds();
        shortAbandonSeconds = tenant.shortAbandonSeconds();
        workHoursOnly = tenant.workHoursOnly();
        search();
    }

    public void search() {
        actions.run("kpis", () -> report = reports.kpis(from, to, skillGroupId, thresholdSeconds, shortAbandonSeconds,
                workHoursOnly), null);
    }

    /** T, S and the work-hours limit as chosen, kept as the tenant's (an administrator's choice). */
    public void saveAsDefault() {
        actions.run("kpis", () -> routing.update(routing.current().withServiceLevel(
                new RoutingSettings.ServiceLevel(thresholdSeconds, shortAbandonSeconds, workHoursOnly))),
                "console.kpis.defaultSaved");
    }

    public List<Integer> getThresholds() {
        return Kpis.THRESHOLDS;
    }

    public List<Integer> getShortAbandons() {
        return Kpis.SHORT_ABANDONS;
    }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    public KpiReport getReport() { return report; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getSkillGroupId() { return skillGroupId; }
    public void setSkillGroupId(Long skillGroupId) { this.skillGroupId = skillGroupId; }
    public int getThresholdSeconds() { return thresholdSeconds; }
    public void setThresholdSeconds(int thresholdSeconds) { this.thresholdSeconds = thresholdSeconds; }
    public int getShortAbandonSeconds() { return shortAbandonSeconds; }
    public boolean isWorkHoursOnly() { return workHoursOnly; }
    public void setWorkHoursOnly(boolean workHoursOnly) { this.workHoursOnly = workHoursOnly; }
    public void setShortAbandonSeconds(int shortAbandonSeconds) { this.shortAbandonSeconds = shortAbandonSeconds; }
}
