package io.switchboard.interfaces.web.admin;

import io.switchboard.application.FlowService;
import io.switchboard.application.FlowService.FlowDetail;
import io.switchboard.application.FlowService.FlowSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * 会话流 (FL-1) in the console: the tenant's flows (searched, paged), a new one, an import from an export file, an
 * export, and deleting one after a confirmation; a flow opens in the designer ({@link FlowDesignerView}).
 */
@Named
@ViewScoped
public class FlowsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Inject
    FlowService flows;
    @Inject
    ConsoleActions actions;

    private String query;
    private String newName;
    private String newDescription;
    private transient Part upload;
    private PagedRows<FlowSummary> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> flows.search(query, o, l).items(), () -> flows.search(query, 0, 1).total(),
                FlowSummary::id);
    }

    public void create() {
        FlowDetail[] made = new FlowDetail[1];
        if (actions.run("new-flow", () -> made[0] = flows.create(actions.required("name", newName), newDescription, null),
                "console.saved")) {
            newName = null;
            newDescription = null;
            PrimeFaces.current().ajax().addCallbackParam("flow", made[0].flow().id());
        }
    }

    /** A flow from an export file (at most 1 MiB: the service refuses more, the upload refuses past 5 MB). */
    public String importFile() {
        if (upload != null && upload.getSize() > FlowService.MAX_JSON_BYTES) {
            actions.error(jakarta.faces.context.FacesContext.getCurrentInstance(),
                    actions.format("console.flows.fileTooLarge", FlowService.MAX_JSON_BYTES / 1024 / 1024));
            return null;
        }
        byte[] content = Uploads.read(upload, actions);
        if (content == null) {
            return null;
        }
        FlowDetail[] made = new FlowDetail[1];
        if (actions.run(null, () -> made[0] = flows.importFlow(content), "console.imported")) {
            return "/admin/flow.xhtml?faces-redirect=true&id=" + made[0].flow().id();
        }
        return null;
    }

    public StreamedContent export(long id) {
        FlowService.FlowExport e = flows.export(id);
        return AgentsView.file(JSONB.toJson(e).getBytes(StandardCharsets.UTF_8), "flow-" + id + ".json",
                "application/json");
    }

    public void delete(long id) {
        actions.run(null, () -> flows.delete(id), "console.deleted");
    }

    public PagedRows<FlowSummary> getRows() { return rows; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewDescription() { return newDescription; }
    public void setNewDescription(String newDescription) { this.newDescription = newDescription; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
