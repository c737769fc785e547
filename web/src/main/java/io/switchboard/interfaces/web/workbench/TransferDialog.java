package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.ConversationService;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.util.List;

/**
 * The transfer dialog (RT-10): to an agent or a skill group, with a note for the receiver. Once it is served
 * elsewhere, the giver's pane moves on by itself ({@link WorkbenchView#onPush()}).
 */
@Named
@ViewScoped
public class TransferDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    ConversationService conversations;
    @Inject
    AgentSeatService seats;
    @Inject
    SkillGroupService skillGroups;
    @Inject
    Messages messages;

    /** {@code AGENT} or {@code GROUP}: which of the two pickers counts. */
    private String kind = "AGENT";
    /** The receiving agent. */
    private Long agentId;
    /** The receiving skill group. */
    private Long groupId;
    private String note;

    /** Agents I could hand over to: signed in, not me, below their cap. */
    public List<AgentSeatView> getAgents() {
        return seats.list(0, 500).stream().filter(a -> a.agentId() != workbench.getAgentId())
                .filter(a -> "ONLINE".equals(a.status()) || "BUSY".equals(a.status()))
                .toList();
    }

    public List<SkillGroup> getGroups() {
        return skillGroups.list(0, 500).stream().filter(SkillGroup::isEnabled).toList();
    }

    public void transfer() {
        Long toAgent = "AGENT".equals(kind) ? agentId : null;
        Long toGroup = "GROUP".equals(kind) ? groupId : null;
        if (toAgent == null && toGroup == null) {
            workbench.error(messages.get("agent.transfer.pick"));
            return;
        }
        if (workbench.act(() -> conversations.transfer(workbench.getSelectedId(), workbench.getAgentId(), toAgent,
                toGroup, note))) {
            workbench.info(messages.get("agent.transfer.sent"));
            note = null;
            PrimeFaces.current().executeScript("PF('transferDlg').hide()");
        }
        workbench.reload();
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public Long getAgentId() { return agentId; }
    public void setAgentId(Long v) { agentId = v; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long v) { groupId = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
