package io.switchboard.interfaces.web.admin;

import io.switchboard.application.FaqBotService;
import io.switchboard.application.FlowService;
import io.switchboard.application.FlowService.FlowDetail;
import io.switchboard.application.FlowService.VersionView;
import io.switchboard.application.FlowTrialService;
import io.switchboard.application.FlowTrialService.TrialLine;
import io.switchboard.application.FlowTrialService.TrialState;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowProblem;
import io.switchboard.infrastructure.json.JsonProviders;
import io.switchboard.infrastructure.persistence.FlowGraphConverter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The flow designer (FL-1): one flow's draft on a canvas (flow-designer.js keeps the graph as JSON in a hidden input),
 * saving it with its problems, checking it (each problem named at its node, in the console's language), publishing it
 * (refused with the problems while it has any), the versions with rollback and "edit this version", and "try it": the
 * saved draft answering as it would a web visitor ({@link FlowTrialService}).
 */
@Named
@ViewScoped
public class FlowDesignerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page shows it: the node it concerns (may be null) and the text in the console's language. */
    public record ProblemRow(String nodeId, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    FlowService flows;
    @Inject
    FlowTrialService trials;
    @Inject
    SkillGroupService groups;
    @Inject
    FaqBotService bots;
    @Inject
    ConsoleActions actions;
    @Inject
    io.switchboard.interfaces.web.Messages messages;

    private Long id;
    private String name;
    private String description;
    private String graphJson;
    private Integer activeVersion;
    private List<VersionView> versions = List.of();
    private List<ProblemRow> problems = List.of();
    private boolean checked;
    private TrialState trial;
    private final List<TrialLine> transcript = new ArrayList<>();
    private String trialInput;

    /** Opens the flow named by the {@code id} parameter; a missing or foreign one says so. */
    public void open() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        actions.run(null, () -> show(flows.get(id)), null);
    }

    private void show(FlowDetail d) {
        name = d.flow().name();
        description = d.flow().description();
        activeVersion = d.flow().activeVersion();
        versions = d.versions();
        graphJson = FlowGraphConverter.toJson(d.draft());
    }

    public boolean isFound() {
        return name != null;
    }

    /** Saves the draft as drawn (problems and all) and lists its problems. */
    public void save() {
        FlowGraph graph = parsed();
        if (graph != null && actions.run(null, () -> listProblems(flows.saveDraft(id, graph).problems()), "console.saved")) {
            PrimeFaces.current().executeScript("sbFlow.saved()");
        }
    }

    /** Saves the draft and checks it: its problems, or that it may be published. */
    public void check() {
        FlowGraph graph = parsed();
        if (graph != null && actions.run(null, () -> listProblems(flows.saveDraft(id, graph).problems()), null)) {
            PrimeFaces.current().executeScript("sbFlow.saved()");
            if (problems.isEmpty()) {
                actions.info("console.flows.valid");
            }
        }
    }

    /** Saves the draft and publishes it as the next version; with problems nothing is published and they are listed. */
    public void publish() {
        FlowGraph graph = parsed();
        if (graph == null) {
            return;
        }
        VersionView[] published = new VersionView[1];
        if (actions.run(null, () -> {
            listProblems(flows.saveDraft(id, graph).problems());
            PrimeFaces.current().executeScript("sbFlow.saved()");
            published[0] = flows.publish(id);
        }, null)) {
            listProblems(List.of());
            show(flows.get(id));
            actions.info("console.flows.published", published[0].version());
        }
    }

    public void saveDescription() {
        actions.run("flow-name", () -> show(flows.describe(id, actions.required("name", name), description)),
                "console.saved");
    }

    /** Rollback: new conversations follow this version from now on. */
    public void activate(int version) {
        actions.run(null, () -> show(flows.activate(id, version)), "console.flows.activated");
    }

    /** Puts a published version on the canvas as the draft (saved at once; the canvas redraws). */
    public void edit(int version) {
        if (actions.run(null, () -> listProblems(flows.saveDraft(id, flows.version(id, version)).problems()),
                "console.flows.loaded")) {
            graphJson = FlowGraphConverter.toJson(flows.get(id).draft());
            PrimeFaces.current().executeScript("sbFlow.reload()");
        }
    }

    // ---- try it

    /** Saves the draft and starts a trial conversation on it. */
    public void startTrial() {
        FlowGraph graph = parsed();
        if (graph == null) {
            return;
        }
        transcript.clear();
        trial = null;
        actions.run(null, () -> {
            listProblems(flows.saveDraft(id, graph).problems());
            PrimeFaces.current().executeScript("sbFlow.saved()");
            record(trials.start(id, language()));
        }, null);
    }

    public void sendTrial() {
        String text = trialInput == null ? "" : trialInput.strip();
        if (trial == null || text.isEmpty()) {
            return;
        }
        trialInput = null;
        answer(text);
    }

    /** A button of a bot line was clicked: its text is sent, as the widget sends it. */
    public void choose(String key) {
        if (trial != null) {
            answer(key);
        }
    }

    public void timeoutTrial() {
        if (trial != null && !trial.finished()) {
            actions.run(null, () -> record(trials.timeout(id, trial, language())), null);
        }
    }

    private void answer(String text) {
        actions.run(null, () -> record(trials.answer(id, trial, text, language())), null);
    }

    private void record(FlowTrialService.Trial t) {
        trial = t.state();
        transcript.addAll(t.lines());
    }

    public boolean isTrialWaiting() {
        return trial != null && !trial.finished();
    }

    public Map<String, String> getTrialVariables() {
        return trial == null ? Map.of() : new java.util.TreeMap<>(trial.variables());
    }

    // ---- helpers

    private FlowGraph parsed() {
        try {
            return graphJson == null || graphJson.isBlank() ? new FlowGraph(List.of(), List.of())
                    : FlowGraphConverter.fromJson(graphJson);
        } catch (JsonbException | IllegalArgumentException e) {
            actions.error(FacesContext.getCurrentInstance(), actions.text("console.flows.badGraph"));
            return null;
        }
    }

    private void listProblems(List<FlowProblem> found) {
        checked = true;
        problems = found.stream().map(p -> new ProblemRow(p.nodeId(), text(p))).toList();
        jakarta.json.JsonArrayBuilder ids = JsonProviders.PROVIDER.createArrayBuilder();
        found.stream().map(FlowProblem::nodeId).filter(n -> n != null).distinct().forEach(ids::add);
        // node ids come from the draft as drawn or imported: passed as JSON, never pasted into the script as text
        PrimeFaces.current().executeScript("sbFlow.mark(" + ids.build().toString().replace("</", "<\\/") + ")");
    }

    private String text(FlowProblem p) {
        String key = "flow.problem." + p.code();
        return actions.has(key) ? actions.format(key, p.arguments().toArray()) : p.message();
    }

    private String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().startsWith("en") ? "en" : "zh";
    }

    /** The skill groups and bots the node forms offer, as JSON for the page's script. */
    public String getChoicesJson() {
        jakarta.json.JsonObjectBuilder o = JsonProviders.PROVIDER.createObjectBuilder();
        jakarta.json.JsonArrayBuilder g = JsonProviders.PROVIDER.createArrayBuilder();
        groups.list(0, 500).forEach(x -> g.add(JsonProviders.PROVIDER
                .createObjectBuilder().add("id", x.getId()).add("name", x.getName())));
        jakarta.json.JsonArrayBuilder b = JsonProviders.PROVIDER.createArrayBuilder();
        bots.bots().forEach(x -> b.add(JsonProviders.PROVIDER.createObjectBuilder()
                .add("id", x.id()).add("name", x.name())));
        return o.add("groups", g).add("bots", b).build().toString().replace("</", "<\\/");
    }

    /** The designer script's texts (bundle keys {@code flow.designer.*}) as JSON. */
    public String getTextsJson() {
        jakarta.json.JsonObjectBuilder o = JsonProviders.PROVIDER.createObjectBuilder();
        messages.startingWith("flow.designer.").forEach(o::add);
        return o.build().toString().replace("</", "<\\/");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getGraphJson() { return graphJson; }
    public void setGraphJson(String graphJson) { this.graphJson = graphJson; }
    public Integer getActiveVersion() { return activeVersion; }
    public List<VersionView> getVersions() { return versions; }
    public List<ProblemRow> getProblems() { return problems; }
    public boolean isChecked() { return checked; }
    public List<TrialLine> getTranscript() { return transcript; }
    public String getTrialInput() { return trialInput; }
    public void setTrialInput(String trialInput) { this.trialInput = trialInput; }
}
