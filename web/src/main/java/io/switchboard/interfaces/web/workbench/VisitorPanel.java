package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.ContactService;
import io.switchboard.application.ContactService.ContactView;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.VisitorTrailService;
import io.switchboard.application.VisitorTrailService.VisitorProfileView;
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
 * Who the visitor of the selected conversation is (AG-2, AG-3): device and pages from the visitor trail, earlier
 * conversations, tags, and the contact the visitor is linked to, with the contact dialog that creates one or links
 * to one that exists. Tags and contact belong to the visitor (channel and visitor id), not to one conversation.
 */
@Named
@ViewScoped
public class VisitorPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    ConversationService conversations;
    @Inject
    VisitorTrailService trail;
    @Inject
    ContactService contacts;
    @Inject
    Messages messages;
    @Inject
    io.switchboard.application.FlowService flows;

    /** Tag input and the contact dialog (AG-3). */
    private String newTag;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String contactCompany;
    private String contactNote;
    private Long linkContactId;

    private transient List<ConversationView> history;
    private transient Optional<VisitorProfileView> profile;
    private transient List<String> tags;
    private transient Optional<ContactView> contact;
    private transient Optional<io.switchboard.application.FlowService.RunView> flowRun;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        history = null;
        profile = null;
        tags = null;
        contact = null;
        flowRun = null;
    }

    /** What the conversation's flow collected before the hand-off (FL-1), or null when it ran no flow. */
    public io.switchboard.application.FlowService.RunView getFlowRun() {
        if (flowRun == null) {
            ConversationView c = workbench.getSelected();
            flowRun = c == null ? Optional.empty() : flows.run(c.id());
        }
        return flowRun.orElse(null);
    }

    /** The flow's variables in name order, for the panel. */
    public List<java.util.Map.Entry<String, String>> getFlowVariables() {
        io.switchboard.application.FlowService.RunView run = getFlowRun();
        return run == null ? List.of() : new java.util.TreeMap<>(run.variables()).entrySet().stream()
                .filter(e -> !e.getKey().equals("last.input")).toList();
    }

    /** Earlier conversations of the same visitor (AG-2 history), newest first, without the selected one. */
    public List<ConversationView> getHistory() {
        if (history == null) {
            ConversationView c = workbench.getSelected();
            history = c == null ? List.of() : conversations.ofVisitor(c.visitorId(), c.channel(), 20).stream()
                    .filter(h -> h.id() != c.id()).toList();
        }
        return history;
    }

    public VisitorProfileView getProfile() {
        if (profile == null) {
            ConversationView c = workbench.getSelected();
            profile = Optional.empty();
            if (c != null) {
                try {
                    profile = Optional.of(trail.profile(c.channel(), c.visitorId(), 20));
                } catch (NotFoundException e) {
                    profile = Optional.empty(); // an IM visitor, or one from before the trail existed
                }
            }
        }
        return profile.orElse(null);
    }

    // ---- tags (AG-3) ---------------------------------------------------------------------------------------

    public List<String> getTags() {
        if (tags == null) {
            ConversationView c = workbench.getSelected();
            tags = c == null ? List.of() : contacts.tags(c.channel(), c.visitorId());
        }
        return tags;
    }

    public void addTag() {
        ConversationView c = workbench.getSelected();
        if (c != null && newTag != null && !newTag.isBlank()) {
            if (workbench.act(() -> contacts.tag(c.channel(), c.visitorId(), newTag))) {
                newTag = null;
            }
        }
        tags = null;
    }

    public void removeTag(String tag) {
        ConversationView c = workbench.getSelected();
        if (c != null) {
            workbench.act(() -> contacts.untag(c.channel(), c.visitorId(), tag));
        }
        tags = null;
    }

    // ---- contact (AG-3) ------------------------------------------------------------------------------------

    public ContactView getContact() {
        if (contact == null) {
            ConversationView c = workbench.getSelected();
            contact = c == null ? Optional.empty() : contacts.contactOf(c.channel(), c.visitorId());
        }
        return contact.orElse(null);
    }

    /** The contact dialog starts from what is known of the visitor. */
    public void openContact() {
        ConversationView c = workbench.getSelected();
        contactName = c == null || c.visitorName() == null || c.visitorName().isBlank() ? null : c.visitorName();
        contactPhone = null;
        contactEmail = null;
        contactCompany = null;
        contactNote = null;
        linkContactId = null;
    }

    public void saveContact() {
        ConversationView c = workbench.getSelected();
        if (c == null) {
            return;
        }
        boolean done = linkContactId != null
                ? workbench.act(() -> contacts.link(c.channel(), c.visitorId(), linkContactId))
                : workbench.act(() -> contacts.create(c.channel(), c.visitorId(), contactName == null ? "" : contactName,
                        contactPhone, contactEmail, contactCompany, contactNote, workbench.getAgentId()));
        if (done) {
            workbench.info(messages.get("agent.contact.saved"));
            PrimeFaces.current().executeScript("PF('contactDlg').hide()");
        }
        contact = null;
    }

    public List<ContactView> completeContact(String query) {
        return contacts.search(query, 0, 10);
    }

    public String getNewTag() { return newTag; }
    public void setNewTag(String v) { newTag = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactCompany() { return contactCompany; }
    public void setContactCompany(String v) { contactCompany = v; }
    public String getContactNote() { return contactNote; }
    public void setContactNote(String v) { contactNote = v; }
    public Long getLinkContactId() { return linkContactId; }
    public void setLinkContactId(Long v) { linkContactId = v; }
}
