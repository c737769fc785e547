package io.switchboard.interfaces.web.admin;

import io.switchboard.application.BlacklistService;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** 黑名单 (AD-4): visitors and addresses refused on every channel, with since, until, note and operator; restore. */
@Named
@ViewScoped
public class BlacklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlacklistService blacklist;
    @Inject
    ConsoleFormat fmt;
    @Inject
    ConsoleActions actions;

    private PagedRows<BlacklistEntry> rows;
    private BlacklistEntry.Kind kind = BlacklistEntry.Kind.VISITOR;
    private String value;
    private String reason;
    private LocalDate until;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> blacklist.list(o, l), () -> blacklist.count(), BlacklistEntry::getId);
    }

    public void add() {
        ZoneId zone = fmt.zone();
        actions.run("add", () -> blacklist.add(kind, value == null ? "" : value, reason,
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant()), "console.saved");
        value = reason = null;
        until = null;
    }

    public void restore(long id) {
        actions.run(null, () -> blacklist.remove(id), "console.blacklist.restored");
    }

    public BlacklistEntry.Kind[] getKinds() { return BlacklistEntry.Kind.values(); }
    public LocalDate getToday() { return LocalDate.now(fmt.zone()); }
    public PagedRows<BlacklistEntry> getRows() { return rows; }
    public BlacklistEntry.Kind getKind() { return kind; }
    public void setKind(BlacklistEntry.Kind v) { kind = v; }
    public String getValue() { return value; }
    public void setValue(String v) { value = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate v) { until = v; }
}
