package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ImportReport;
import io.switchboard.application.QuickReplyService;
import io.switchboard.application.QuickReplyService.CategoryView;
import io.switchboard.application.QuickReplyService.QuickReplyView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** 快捷回复 (AD-3): the public categories and replies every agent sees, with batch import and export. */
@Named
@ViewScoped
public class RepliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuickReplyService replies;
    @Inject
    ConsoleActions actions;

    private String query;
    private Long categoryId;
    private PagedRows<QuickReplyView> rows;
    private Long editingId;
    private Long formCategoryId;
    private String title;
    private String body;
    private String newCategory;
    private transient Part upload;
    private ImportReport report;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> replies.search(null, query, categoryId, o, l),
                () -> replies.count(null, query, categoryId), QuickReplyView::id);
    }

    public List<CategoryView> getCategories() {
        return replies.categories(null).stream().filter(CategoryView::shared).toList();
    }

    public void add() {
        editingId = null;
        formCategoryId = categoryId;
        title = body = null;
    }

    public void edit(QuickReplyView r) {
        editingId = r.id();
        formCategoryId = r.categoryId();
        title = r.title();
        body = r.body();
    }

    public void save() {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (editingId == null) {
            actions.run("reply-form", () -> replies.add(null, formCategoryId, t, b), "console.saved");
        } else {
            actions.run("reply-form", () -> replies.change(editingId, null, formCategoryId, t, b), "console.saved");
        }
    }

    public void delete(long id) {
        actions.run(null, () -> replies.remove(id, null), "console.deleted");
    }

    public void addCategory() {
        actions.run("categories", () -> replies.addCategory(null, newCategory == null ? "" : newCategory,
                getCategories().size()), "console.saved");
        newCategory = null;
    }

    public void deleteCategory(long id) {
        actions.run(null, () -> replies.removeCategory(id, null), "console.deleted");
        if (categoryId != null && categoryId == id) {
            categoryId = null;
        }
    }

    public void importFile() {
        report = Uploads.importFile(upload, actions, replies::importPublic);
    }

    public StreamedContent getExportCsv() {
        return AgentsView.file(replies.exportPublic(false), "quick-replies.csv", "text/csv");
    }

    public StreamedContent getExportXlsx() {
        return AgentsView.file(replies.exportPublic(true), "quick-replies.xlsx", AgentsView.XLSX);
    }

    public PagedRows<QuickReplyView> getRows() { return rows; }
    public String getQuery() { return query; }
    public void setQuery(String v) { query = v == null || v.isBlank() ? null : v.strip(); }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long v) { categoryId = v; }
    public Long getEditingId() { return editingId; }
    public Long getFormCategoryId() { return formCategoryId; }
    public void setFormCategoryId(Long v) { formCategoryId = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getNewCategory() { return newCategory; }
    public void setNewCategory(String v) { newCategory = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
    public ImportReport getReport() { return report; }

    /** A row problem of the import in the console's language. */
    public String problem(ImportReport.RowError e) {
        return ImportProblems.text(e, actions);
    }
}
