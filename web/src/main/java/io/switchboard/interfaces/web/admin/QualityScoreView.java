package io.switchboard.interfaces.web.admin;

import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.QualityService;
import io.switchboard.application.QualityService.QaView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 质检 in the session's transcript (issue 21): a supervisor or an administrator scores an ended conversation 0–100,
 * with a comment and marks per item, one per line ({@code 态度=90}), or changes the score.
 */
@Named
@ViewScoped
public class QualityScoreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualityService quality;
    @Inject
    SessionsView sessions;
    @Inject
    ConsoleActions actions;

    private Long conversationId;
    private QaView saved;
    private Integer score;
    private String comment;
    private String marks;

    /** Follows the transcript shown: the score of that conversation, if any, in the form. */
    private void follow() {
        Long shown = sessions.getTranscriptOf();
        if (!Objects.equals(shown, conversationId)) {
            conversationId = shown;
            saved = shown == null ? null : quality.of(shown).orElse(null);
            score = saved == null ? null : saved.score();
            comment = saved == null ? null : saved.comment();
            marks = saved == null ? null : lines(saved.marks());
        }
    }

    public void save() {
        follow();
        if (conversationId == null) {
            return;
        }
        long id = conversationId;
        actions.run("qa", () -> {
            if (score == null) {
                throw new InvalidFieldException("score", "required").coded("qa.score", 100, 20, 40);
            }
            saved = quality.score(id, score, comment, parse(marks));
        }, "console.saved");
    }

    /** {@code 态度=90} per line; a line that is not {@code name=number} is refused for the field. */
    static Map<String, Integer> parse(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            try {
                out.put(line.substring(0, Math.max(0, eq)).strip(), Integer.parseInt(line.substring(eq + 1).strip()));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new InvalidFieldException("marks", "item=mark per line").coded("qa.marks", 100, 20, 40);
            }
        }
        return out;
    }

    private static String lines(Map<String, Integer> marks) {
        StringBuilder b = new StringBuilder();
        marks.forEach((k, v) -> b.append(b.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        return b.toString();
    }

    public QaView getSaved() { follow(); return saved; }
    public Integer getScore() { follow(); return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getComment() { follow(); return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getMarks() { follow(); return marks; }
    public void setMarks(String marks) { this.marks = marks; }
}
