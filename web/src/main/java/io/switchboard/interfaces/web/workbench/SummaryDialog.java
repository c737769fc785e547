package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.DeskSettingsService;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.ServiceSummaryService.SummaryView;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The summary dialog (服务小结): category, note and tags of the selected conversation, written by the agent who
 * served it, open or ended. The tenant may require one before a chat ends ({@link #isOwed()}); ending and
 * blacklisting ask here first.
 */
@Named
@ViewScoped
public class SummaryDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    ServiceSummaryService summaries;
    @Inject
    DeskSettingsService deskSettings;
    @Inject
    Messages messages;

    private String category;
    private String note;
    private String tags;

    private transient Optional<SummaryView> summary;
    private transient DeskSettingsService.DeskSettingsView settings;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        summary = null;
        settings = null;
    }

    /** Read once per request (the page asks several times while rendering). */
    private DeskSettingsService.DeskSettingsView settings() {
        if (settings == null) {
            settings = deskSettings.current();
        }
        return settings;
    }

    public List<String> getCategories() {
        return settings().summaryCategories();
    }

    public boolean isRequired() {
        return settings().summaryRequired();
    }

    public SummaryView getSummary() {
        if (summary == null) {
            Long selectedId = workbench.getSelectedId();
            summary = selectedId == null ? Optional.empty() : summaries.of(selectedId);
        }
        return summary.orElse(null);
    }

    /** The tenant requires a summary and the selected conversation has none yet: it may not end. */
    public boolean isOwed() {
        return isRequired() && getSummary() == null;
    }

    /** Fills the summary dialog with what was written before. */
    public void open() {
        SummaryView s = getSummary();
        category = s == null ? null : s.category();
        note = s == null ? null : s.note();
        tags = s == null ? null : String.join(", ", s.tags());
    }

    public void save() {
        List<String> tagList = tags == null ? List.of() : List.of(tags.split("[,，\\s]+"));
        if (workbench.act(() -> summaries.write(workbench.getSelectedId(), workbench.getAgentId(),
                category == null ? "" : category, note, tagList))) {
            workbench.info(messages.get("agent.summary.saved"));
            PrimeFaces.current().executeScript("PF('summaryDlg').hide()");
        }
        workbench.reload();
    }

    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getTags() { return tags; }
    public void setTags(String v) { tags = v; }
}
