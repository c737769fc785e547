package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.BlacklistService;
import io.switchboard.application.ConversationView;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The blacklist dialog (AG-6): the selected conversation's visitor, with a reason and a last day (none: for ever).
 * A chat the agent still serves ends with it, unless the tenant wants a summary first: then the agent writes it
 * and ends the chat.
 */
@Named
@ViewScoped
public class BlacklistDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    SummaryDialog summaryDialog;
    @Inject
    BlacklistService blacklist;
    @Inject
    AgentDeskService desk;
    @Inject
    Clock clock;
    @Inject
    Messages messages;

    private String reason;
    private LocalDate until;

    public void save() {
        ConversationView c = workbench.getSelected();
        if (c == null) {
            return;
        }
        Instant end = until == null ? null
                : until.plusDays(1).atStartOfDay(workbench.zone()).toInstant(); // to the end of the chosen day
        if (workbench.act(() -> blacklist.add(BlacklistEntry.Kind.VISITOR, c.visitorId(), reason, end))) {
            if (workbench.isWritable() && !summaryDialog.isOwed()) {
                workbench.act(() -> desk.close(workbench.agent(), workbench.getSelectedId()));
            }
            workbench.info(messages.get("agent.blacklist.done"));
            reason = null;
            until = null;
            PrimeFaces.current().executeScript("PF('blacklistDlg').hide()");
        }
        workbench.reload();
    }

    /** The first day the date picker offers, in the tenant's zone. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(workbench.zone()));
    }

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate v) { until = v; }
}
