package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.AgentAssistService;
import io.switchboard.application.AgentAssistService.Suggestion;
import io.switchboard.application.AgentAssistService.Suggestions;
import io.switchboard.application.MessageView;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Agent assist (FL-4) above the reply box: three suggested answers for the visitor's latest line, or for an older
 * line the agent clicked ("推荐"). "发送" sends one as it is; "编辑" puts it into the reply box (workbench.js) to be
 * changed and sent. Either is kept as the agent's choice, which raises that answer for similar questions. The
 * suggestions are asked again only when the line they are for changes.
 */
@Named
@ViewScoped
public class AssistPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Suggestions NONE = new Suggestions(null, null, List.of());

    @Inject
    WorkbenchView workbench;
    @Inject
    ChatPanel chat;
    @Inject
    AgentAssistService assist;

    /** The line the agent chose; null follows the latest visitor line. */
    private Long chosenSeq;
    /** The newest visitor line the page announced (it may be newer than the transcript read last). */
    private Long pushedSeq;
    /** The suggestions shown, for {@code shownFor} (conversation and line). */
    private Suggestions shown = NONE;
    private String shownFor;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        if (event.picked()) {
            chosenSeq = null;
            pushedSeq = null;
        }
    }

    public Suggestions getSuggestions() {
        Long conversation = workbench.getSelectedId();
        Long seq = chosenSeq != null ? chosenSeq : newest(latestVisitorLine(), pushedSeq);
        if (conversation == null || seq == null) {
            return NONE;
        }
        String key = conversation + "/" + seq;
        if (!key.equals(shownFor)) {
            Suggestions[] found = {NONE};
            if (workbench.act(() -> found[0] = assist.suggest(conversation, seq))) {
                shown = found[0];
                shownFor = key;
            } else {
                return NONE;
            }
        }
        return shown;
    }

    private static Long newest(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    /** The newest visitor line of the transcript the chat shows (read once per request there). */
    private Long latestVisitorLine() {
        List<MessageView> lines = chat.getTranscript();
        for (int i = lines.size() - 1; i >= 0; i--) {
            MessageView m = lines.get(i);
            if ("VISITOR".equals(m.sender()) && !m.recalled() && m.body() != null) {
                return m.seq();
            }
        }
        return null;
    }

    /**
     * A visitor line arrived in the open chat (workbench.js sends its seq, so the transcript need not be read again);
     * without a seq the transcript is read again.
     */
    public void refresh() {
        String seq = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("seq");
        try {
            pushedSeq = Long.valueOf(seq);
        } catch (NumberFormatException | NullPointerException e) {
            workbench.reload();
        }
    }

    /** Suggestions for an older line the agent clicked. */
    public void forLine(long seq) {
        chosenSeq = seq;
    }

    /** Back to the latest line. */
    public void latest() {
        chosenSeq = null;
    }

    public boolean isOlderLine() {
        return chosenSeq != null;
    }

    /** Sends the answer as it is (the reply box's checks apply) and keeps the choice. */
    public void send(Suggestion s) {
        Long seq = shown.seq();
        chat.setDraft(s.answer());
        chat.send();
        if (chat.getDraft() == null) {
            keep(seq, s);
        }
    }

    /** The answer went into the reply box to be edited (workbench.js): kept as the agent's choice. */
    public void use(Suggestion s) {
        keep(shown.seq(), s);
    }

    private void keep(Long seq, Suggestion s) {
        Long conversation = workbench.getSelectedId();
        if (conversation != null) {
            workbench.act(() -> assist.pick(conversation, seq, s.botId(), s.ruleId()));
        }
    }

    /** A confidence as a whole percentage. */
    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }
}
