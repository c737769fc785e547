package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.ConversationService;
import io.switchboard.application.MessageView;
import io.switchboard.application.ModerationService;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat of the selected conversation (AG-2, CH-10): its transcript, the reply box and what the agent does with
 * the conversation itself: accept or decline an offer, invite a rating, take a line back, end it. A draft with
 * listed words (AG-7) is blocked or held behind the warning dialog until the agent sends anyway or edits.
 */
@Named
@ViewScoped
public class ChatPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Transcript lines per read, the most one read gives. */
    static final int TRANSCRIPT_PAGE = 1000;

    @Inject
    WorkbenchView workbench;
    @Inject
    SummaryDialog summaryDialog;
    @Inject
    AgentDeskService desk;
    @Inject
    ConversationService conversations;
    @Inject
    ModerationService moderation;
    @Inject
    Clock clock;
    @Inject
    Messages messages;

    private String draft;
    /** AG-7: the words a warned draft contains; the agent sends anyway or edits. */
    private List<String> warnedWords;

    private transient List<MessageView> transcript;

    /** A reload reads the transcript again; picking another conversation drops the draft too. */
    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        transcript = null;
        if (event.picked()) {
            draft = null;
        }
    }

    /**
     * The chat's whole transcript. Every push and the socket's reconnect re-render it from here, so this is the
     * workbench's catch-up: it reads page after page until a page is short, and a chat longer than one page shows
     * its newest lines too (it stopped at the first 1,000).
     */
    public List<MessageView> getTranscript() {
        if (transcript == null) {
            transcript = workbench.getSelectedId() == null || workbench.getSelected() == null ? List.of()
                    : wholeTranscript(workbench.getSelectedId());
        }
        return transcript;
    }

    private List<MessageView> wholeTranscript(long conversationId) {
        List<MessageView> all = new ArrayList<>();
        List<MessageView> page = conversations.transcript(conversationId, 0, TRANSCRIPT_PAGE);
        all.addAll(page);
        while (page.size() == TRANSCRIPT_PAGE) {
            // lines are only ever appended with the next seq: the page after the last line goes on where this stopped
            page = conversations.transcript(conversationId, page.get(page.size() - 1).seq(), TRANSCRIPT_PAGE);
            all.addAll(page);
        }
        return all;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    // ---- sending (AG-7: listed words) ----------------------------------------------------------------------

    public void send() {
        if (workbench.getSelectedId() == null || draft == null || draft.isBlank()) {
            return;
        }
        ModerationService.Verdict verdict = moderation.check(draft);
        if (verdict.blocked()) {
            workbench.error(messages.format("agent.sensitive.blocked", String.join("、", verdict.words())));
            return;
        }
        if (!verdict.words().isEmpty()) {
            warnedWords = verdict.words();
            PrimeFaces.current().executeScript("PF('warnDlg').show()");
            return;
        }
        sendNow();
    }

    /** AG-7: the agent saw the warning and sends the draft as it is. */
    public void sendAnyway() {
        warnedWords = null;
        if (workbench.getSelectedId() != null && draft != null && !draft.isBlank()) {
            sendNow();
        }
    }

    private void sendNow() {
        if (workbench.act(() -> desk.send(workbench.agent(), workbench.getSelectedId(), draft.strip()))) {
            draft = null;
        }
        workbench.reload();
    }

    public List<String> getWarnedWords() {
        return warnedWords == null ? List.of() : warnedWords;
    }

    public String getWarnedText() {
        return String.join("、", getWarnedWords());
    }

    // ---- the conversation ----------------------------------------------------------------------------------

    /** Accepts the conversation offered to me by a transfer, or a new assignment (stops the re-route timer). */
    public void accept() {
        if (workbench.isTransferOffer()) {
            workbench.act(() -> conversations.answerTransfer(workbench.getSelectedId(), workbench.getAgentId(), true));
        } else {
            workbench.act(() -> desk.accept(workbench.agent(), workbench.getSelectedId()));
        }
        workbench.reload();
    }

    public void declineTransfer() {
        workbench.act(() -> conversations.answerTransfer(workbench.getSelectedId(), workbench.getAgentId(), false));
        workbench.deselect();
        PrimeFaces.current().ajax().update("wb:chat", "wb:side:visitor");
    }

    public void close() {
        if (summaryDialog.isOwed()) {
            workbench.error(messages.get("agent.summary.required")); // the service would refuse it too (409)
            return;
        }
        workbench.act(() -> desk.close(workbench.agent(), workbench.getSelectedId()));
        workbench.reload();
    }

    public void inviteRating() {
        if (workbench.act(() -> conversations.inviteRating(workbench.getSelectedId(), workbench.getAgentId()))) {
            workbench.info(messages.get("agent.rating.invited"));
        }
        workbench.reload();
    }

    // ---- recall (CH-10) ------------------------------------------------------------------------------------

    /** My own line, not recalled, sent less than two minutes ago: it may be taken back. */
    public boolean recallable(MessageView m) {
        return workbench.isWritable() && "AGENT".equals(m.sender()) && m.agentId() != null
                && m.agentId() == workbench.getAgentId()
                && !m.recalled() && m.sentAt() != null
                && Duration.between(m.sentAt(), clock.instant()).compareTo(ConversationMessage.RECALL_WINDOW) < 0;
    }

    public void recall(long seq) {
        workbench.act(() -> desk.recall(workbench.agent(), workbench.getSelectedId(), seq));
        workbench.reload();
    }
}
