package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.QuickReplyService;
import io.switchboard.application.QuickReplyService.QuickReplyView;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Quick replies (AG-2): the side panel's searchable list, public and the agent's own, where the agent adds and
 * removes private ones, and the same replies as JSON for the reply box's {@code /} popup (workbench.js).
 */
@Named
@ViewScoped
public class RepliesPanel implements Serializable {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchView workbench;
    @Inject
    QuickReplyService quickReplies;
    @Inject
    Messages messages;

    /** Quick reply search in the side panel and a new private reply. */
    private String query;
    private String newTitle;
    private String newBody;

    private transient List<QuickReplyView> replies;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        replies = null;
    }

    /** What I see (public and my own), filtered by the side panel's search. */
    public List<QuickReplyView> getReplies() {
        if (replies == null) {
            replies = quickReplies.search(workbench.getAgentId(), query, null, 0, 200);
        }
        return replies;
    }

    /** All my quick replies for the {@code /} popup in the reply box (filtered in the browser). */
    public List<QuickReplyView> getAllReplies() {
        return quickReplies.search(workbench.getAgentId(), null, null, 0, 500);
    }

    /**
     * The quick replies as JSON for the reply box's {@code /} popup, safe inside a script element: {@code <} is
     * written as an escape so no text can close the element.
     */
    public String getJson() {
        jakarta.json.JsonArrayBuilder all = JSON.createArrayBuilder();
        for (QuickReplyView r : getAllReplies()) {
            all.add(JSON.createObjectBuilder().add("id", r.id()).add("title", r.title()).add("body", r.body())
                    .add("category", r.categoryName() == null ? "" : r.categoryName()).add("shared", r.shared()));
        }
        return all.build().toString().replace("<", "\\u003c");
    }

    public void search() {
        replies = null;
    }

    public void saveOwn() {
        if (workbench.act(() -> quickReplies.add(workbench.getAgentId(), null, newTitle == null ? "" : newTitle,
                newBody == null ? "" : newBody))) {
            workbench.info(messages.get("agent.replies.saved"));
            newTitle = null;
            newBody = null;
        }
        replies = null;
    }

    public void removeOwn(long id) {
        workbench.act(() -> quickReplies.remove(id, workbench.getAgentId()));
        replies = null;
    }

    public boolean isOwn(QuickReplyView r) {
        return r.ownerAgentId() != null && r.ownerAgentId() == workbench.getAgentId();
    }

    public String getQuery() { return query; }
    public void setQuery(String v) { query = v; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String v) { newTitle = v; }
    public String getNewBody() { return newBody; }
    public void setNewBody(String v) { newBody = v; }
}
