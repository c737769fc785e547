package io.switchboard.interfaces.web.admin;

import io.switchboard.application.FaqBotService;
import io.switchboard.application.FaqBotService.RuleRequest;
import io.switchboard.application.FaqBotService.RuleView;
import io.switchboard.application.ImportReport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** 知识库 of the bot open in {@link BotsView}: its rules searched and paged, one edited at a time, import and export. */
@Named
@ViewScoped
public class BotRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqBotService bots;
    @Inject
    BotsView open;
    @Inject
    ConsoleActions actions;

    private String query;
    private PagedRows<RuleView> rows;
    private Long editingId;
    private String question;
    private String variants;
    private String answer;
    private boolean hot;
    private String followUps;
    private String imageUrl;
    private transient Part upload;
    private ImportReport report;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> open.getBotId() == null ? List.of()
                : bots.rules(open.getBotId(), query, o, l).items(),
                () -> open.getBotId() == null ? 0 : bots.rules(open.getBotId(), query, 0, 1).total(), RuleView::id);
    }

    public void add() {
        editingId = null;
        question = variants = answer = followUps = imageUrl = null;
        hot = false;
    }

    public void edit(RuleView r) {
        editingId = r.id();
        question = r.question();
        variants = String.join("\n", r.variants());
        answer = r.answer();
        hot = Boolean.TRUE.equals(r.hot());
        followUps = r.followUps() == null ? null : String.join("\n", r.followUps());
        imageUrl = r.imageUrl();
    }

    public void save() {
        long bot = open.getBotId();
        actions.run("rule-form", () -> {
            RuleRequest r = new RuleRequest(actions.required("question", question), lines(variants),
                    actions.required("answer", answer), hot, lines(followUps), imageUrl == null ? "" : imageUrl);
            if (editingId == null) {
                bots.addRule(bot, r);
            } else {
                bots.updateRule(bot, editingId, r);
            }
        }, "console.saved");
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }

    public void delete(long id) {
        actions.run(null, () -> bots.deleteRule(open.getBotId(), id), "console.deleted");
    }

    public void importFile() {
        long bot = open.getBotId();
        report = Uploads.importFile(upload, actions, content -> bots.importRules(bot, content));
    }

    public StreamedContent getExportCsv() {
        return AgentsView.file(bots.exportRules(open.getBotId(), false), "faq-rules.csv", "text/csv");
    }

    public StreamedContent getExportXlsx() {
        return AgentsView.file(bots.exportRules(open.getBotId(), true), "faq-rules.xlsx", AgentsView.XLSX);
    }

    /** A row problem of the import in the console's language. */
    public String problem(ImportReport.RowError e) {
        return ImportProblems.text(e, actions);
    }

    public PagedRows<RuleView> getRows() { return rows; }
    public String getQuery() { return query; }
    public void setQuery(String v) { query = v == null || v.isBlank() ? null : v.strip(); }
    public Long getEditingId() { return editingId; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
    public String getVariants() { return variants; }
    public void setVariants(String v) { variants = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { answer = v; }
    public String getFollowUps() { return followUps; }
    public void setFollowUps(String v) { followUps = v; }
    public String getImageUrl() { return imageUrl; }
    public void setImageUrl(String v) { imageUrl = v; }
    public boolean isHot() { return hot; }
    public void setHot(boolean v) { hot = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
    public ImportReport getReport() { return report; }
}
