package io.switchboard.interfaces.web.admin;

import io.switchboard.application.AuditService;
import io.switchboard.application.AuditService.AuditQuery;
import io.switchboard.application.AuditService.AuditView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** 操作日志: every admin change, newest first, filtered by who, what kind of thing and free text. */
@Named("auditLogView")
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private String actor;
    private String targetType;
    private String text;
    private PagedRows<AuditRow> rows;

    /** An entry as the page shows it: the name of the thing changed and the fields that changed. */
    public record AuditRow(AuditView entry, String name, List<AuditDiff.Change> changes) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Changes shown at once; the others fold away. */
        static final int SHOWN = 2;

        public long id() {
            return entry.id();
        }

        public List<AuditDiff.Change> first() {
            return changes.subList(0, Math.min(SHOWN, changes.size()));
        }

        public List<AuditDiff.Change> rest() {
            return changes.subList(Math.min(SHOWN, changes.size()), changes.size());
        }
    }

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> audit.search(query(), o, l).stream()
                .map(e -> new AuditRow(e, AuditDiff.name(e.before(), e.after()), AuditDiff.changes(e.before(), e.after())))
                .toList(), () -> audit.count(query()), AuditRow::id);
    }

    private AuditQuery query() {
        return new AuditQuery(blank(actor), blank(targetType), blank(text), null, null);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    public void search() {
        // the lazy table reads the filters on its next render
    }

    public String[] getTargetTypes() {
        return new String[] {"agent", "skill-group", "routing-settings", "desk-settings", "widget-site", "quick-reply",
                "quick-reply-category", "blacklist", "sensitive-word"};
    }

    public PagedRows<AuditRow> getRows() { return rows; }
    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getTargetType() { return targetType; }
    public void setTargetType(String v) { targetType = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
