package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.ConversationView;
import io.switchboard.application.LiveVisitorService;
import io.switchboard.application.LiveVisitorService.LiveVisitorView;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The side panel's 在线访客 (S2 §1, S3 §2.2): the visitors browsing the tenant's sites now — page, time on site, pages
 * in this visit, region, new or returning — and a button that starts a chat with one, with the agent's first line.
 * The chat counts against the agent's cap and opens in the middle pane.
 */
@Named
@ViewScoped
public class LiveVisitorsPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    WorkbenchView workbench;
    @Inject
    LiveVisitorService live;
    @Inject
    Messages messages;
    @Inject
    SidePanel side;

    /** The first line a started chat opens with; empty: the greeting in the visitor's language. */
    private String greeting;
    private transient List<LiveVisitorView> visitors;

    /** Who is browsing, read only while the tab is shown (its poll keeps running behind the other tabs). */
    public List<LiveVisitorView> getVisitors() {
        if (!side.isLiveShown()) {
            return List.of();
        }
        if (visitors == null) {
            visitors = live.browsing(SHOWN);
        }
        return visitors;
    }

    /** The refresh button and the panel's poll: read who is browsing again. */
    public void refresh() {
        visitors = null;
    }

    /** Starts a chat with the visitor and opens it; a refusal (left, in a chat, at the cap) is said in the growl. */
    public void start(String visitorId) {
        ConversationView[] started = new ConversationView[1];
        if (workbench.act(() -> started[0] = live.startChat(workbench.getAgentId(), visitorId, greeting))) {
            workbench.select(started[0].id());
        }
        visitors = null;
    }

    /** "5 分钟 · 3 页": time on the site and pages in this visit. */
    public String visit(LiveVisitorView v) {
        return messages.format("agent.live.visit", workbench.minutesSince(v.visitStartedAt()), v.pages());
    }

    public String getGreeting() { return greeting; }
    public void setGreeting(String v) { greeting = v; }
}
