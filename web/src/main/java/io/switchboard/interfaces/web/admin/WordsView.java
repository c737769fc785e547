package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ModerationService;
import io.switchboard.application.ModerationService.WordView;
import io.switchboard.domain.model.moderation.SensitiveMode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** 敏感词 (AD-7): the word list, the one mode (block the message or warn the agent), and import from a text file. */
@Named
@ViewScoped
public class WordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModerationService moderation;
    @Inject
    ConsoleActions actions;

    private PagedRows<WordView> rows;
    private SensitiveMode mode;
    private String word;
    private String bulk;
    private transient Part upload;
    private Integer imported;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> moderation.words(o, l), () -> moderation.countWords(), WordView::id);
        mode = moderation.mode();
    }

    public void saveMode() {
        actions.run("mode", () -> moderation.changeMode(mode), "console.saved");
    }

    public void add() {
        actions.run("add", () -> moderation.addWord(word == null ? "" : word), "console.saved");
        word = null;
    }

    public void delete(long id) {
        actions.run(null, () -> moderation.removeWord(id), "console.deleted");
    }

    /** One word per line (or separated by commas), from the text box or a UTF-8 text / CSV file. */
    public void importWords() {
        String text = bulk;
        if (upload != null && upload.getSize() > 0) {
            byte[] content = Uploads.read(upload, actions);
            if (content == null) {
                return;
            }
            text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        if (text == null || text.isBlank()) {
            actions.error(jakarta.faces.context.FacesContext.getCurrentInstance(), actions.text("console.noFile"));
            return;
        }
        List<String> words = Arrays.stream(text.split("[\\r\\n,，;；]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        actions.run(null, () -> imported = moderation.importWords(words), null);
        if (imported != null) {
            actions.info("console.imported");
        }
        bulk = null;
    }

    public SensitiveMode[] getModes() { return SensitiveMode.values(); }
    public PagedRows<WordView> getRows() { return rows; }
    public SensitiveMode getMode() { return mode; }
    public void setMode(SensitiveMode v) { mode = v; }
    public String getWord() { return word; }
    public void setWord(String v) { word = v; }
    public String getBulk() { return bulk; }
    public void setBulk(String v) { bulk = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
    public Integer getImported() { return imported; }
}
