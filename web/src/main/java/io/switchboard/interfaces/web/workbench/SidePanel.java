package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.DeskSettingsService;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.TabChangeEvent;
import java.io.Serializable;
import java.util.Optional;

/**
 * The side panel's tabs: who the visitor is ({@link VisitorPanel}), quick replies ({@link RepliesPanel}) and the
 * tenant's CRM page for the selected conversation (AG-4), which is a tab only when one is configured; this bean
 * holds that page and which tab is open.
 */
@Named
@ViewScoped
public class SidePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    DeskSettingsService deskSettings;

    private int sideTab;

    private transient Optional<String> crmPage;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        crmPage = null;
    }

    public String getCrmPage() {
        if (crmPage == null) {
            crmPage = workbench.getSelectedId() == null || workbench.getSelected() == null ? Optional.empty()
                    : deskSettings.crmPage(workbench.getSelectedId(), workbench.getAgentId());
        }
        return crmPage.orElse(null);
    }

    /** The tab of the visitors browsing now (after visitor and replies). */
    private static final int LIVE_TAB = 2;
    /** The CRM tab (after visitor, replies, live visitors); it only exists when a CRM page is configured. */
    private static final int CRM_TAB = 3;

    /** The side panel's tab; the CRM tab only exists when a CRM page is configured. */
    public int getTab() { return sideTab == CRM_TAB && getCrmPage() == null ? 0 : sideTab; }
    public void setTab(int v) { sideTab = v; }
    /** Whether the visitors browsing now are on screen (their list is read only then). */
    public boolean isLiveShown() { return sideTab == LIVE_TAB; }

    public void tabChanged(TabChangeEvent<?> event) {
        sideTab = event.getComponent().getChildren().indexOf(event.getTab());
    }
}
