package io.switchboard.interfaces.web.admin;

import io.switchboard.application.MonitorService;
import io.switchboard.application.MonitorService.Snapshot;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 实时监控 (RP-1): agents and skill groups now. The page subscribes to the {@code monitor} push channel; every
 * push (see {@link MonitorTicker}) makes it fetch a fresh snapshot, so the figures are never older than the tick.
 */
@Named
@ViewScoped
public class MonitorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitorService monitor;
    @Inject
    io.switchboard.application.LiveVisitorService live;
    @Inject
    io.switchboard.application.ReportService reports;
    @Inject
    java.time.Clock clock;

    private transient Snapshot snapshot;
    private transient io.switchboard.domain.model.report.Kpis today;
    private transient java.util.List<io.switchboard.application.LiveVisitorService.LiveVisitorView> visitors;

    /** The visitors browsing the sites now (S2 §1 在线访客), read on their own slower poll, not on every tick. */
    public java.util.List<io.switchboard.application.LiveVisitorService.LiveVisitorView> getVisitors() {
        if (visitors == null) {
            visitors = live.browsing(200);
        }
        return visitors;
    }

    public void refreshVisitors() {
        visitors = null;
    }


    public Snapshot getSnapshot() {
        if (snapshot == null) {
            snapshot = monitor.snapshot();
        }
        return snapshot;
    }

    /** Today's KPIs of the tenant (its day, its T and S, every hour): the live service level and speed of answer (RP-5). */
    public io.switchboard.domain.model.report.Kpis getToday() {
        if (today == null) {
            java.time.LocalDate day = java.time.LocalDate.ofInstant(clock.instant(), reports.zone());
            today = reports.kpis(day, day, null, null, null, false).tenant();
        }
        return today;
    }

    /** Called on each push: the next render reads a fresh snapshot. */
    public void refresh() {
        snapshot = null;
        today = null;
    }
}
