package io.switchboard.interfaces.web.admin;

import io.switchboard.application.AgentSeatService;
import io.switchboard.application.ImportReport;
import io.switchboard.application.SkillGroupService;
import io.switchboard.application.StaffService;
import io.switchboard.application.StaffService.StaffForm;
import io.switchboard.application.StaffService.StaffQuery;
import io.switchboard.application.StaffService.StaffView;
import io.switchboard.domain.model.account.PasswordPolicy;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.StaffProfile;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** 客服管理 (AD-1): search, add, edit, delete, reset password, force offline / restore, batch import and export. */
@Named
@ViewScoped
public class AgentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StaffService staff;
    @Inject
    AgentSeatService seats;
    @Inject
    SkillGroupService groups;
    @Inject
    ConsoleActions actions;

    // filters
    private String employeeNo;
    private String name;
    private String email;
    private String mobile;
    private Long skillGroupId;

    private PagedRows<StaffView> rows;

    // the add / edit dialog
    private Long editingId;
    private String username;
    private String password;
    private String formEmployeeNo;
    private String fullName;
    private String nickname;
    private String formEmail;
    private String formMobile;
    private String extension;
    private Role role = Role.AGENT;
    private Long[] groupIds = new Long[0];
    private Integer maxConcurrent;

    // reset password
    private Long passwordFor;
    private String newPassword;

    // batch import
    private transient Part upload;
    private ImportReport report;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((offset, limit) -> staff.search(query(), offset, limit), () -> staff.count(query()),
                StaffView::id);
    }

    private StaffQuery query() {
        return new StaffQuery(employeeNo, name, email, mobile, skillGroupId, null);
    }

    public void search() {
        // the lazy table reloads with the filters on its next render
    }

    public void clear() {
        employeeNo = name = email = mobile = null;
        skillGroupId = null;
    }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void add() {
        editingId = null;
        username = password = formEmployeeNo = fullName = nickname = formEmail = formMobile = extension = null;
        role = Role.AGENT;
        groupIds = new Long[0];
        maxConcurrent = null;
    }

    public void edit(long id) {
        StaffView v = staff.get(id);
        editingId = id;
        username = v.username();
        password = null;
        formEmployeeNo = v.employeeNo();
        fullName = v.fullName();
        nickname = v.nickname();
        formEmail = v.email();
        formMobile = v.mobile();
        extension = v.extension();
        role = Role.valueOf(v.role());
        groupIds = v.skillGroupIds().toArray(new Long[0]);
        maxConcurrent = v.ownCap();
    }

    public void save() {
        StaffForm form = new StaffForm(new StaffProfile(formEmployeeNo, fullName, nickname, formEmail, formMobile, extension),
                role, Arrays.asList(groupIds), maxConcurrent);
        if (editingId == null) {
            actions.run("agent-form", () -> staff.create(username == null ? "" : username, password == null ? "" : password, form),
                    "console.saved");
        } else {
            actions.run("agent-form", () -> staff.update(editingId, form), "console.saved");
        }
    }

    public void delete(long id) {
        actions.run(null, () -> staff.delete(id), "console.deleted");
    }

    public void forceOffline(long id) {
        actions.run(null, () -> seats.forceOffline(id), "console.agents.forced");
    }

    public void restore(long id) {
        actions.run(null, () -> seats.restore(id), "console.agents.restored");
    }

    public void askPassword(long id) {
        passwordFor = id;
        newPassword = null;
    }

    public void resetPassword() {
        actions.run("password-form", () -> staff.resetPassword(passwordFor, newPassword == null ? "" : newPassword),
                "console.agents.passwordReset");
    }

    /** Imports the chosen file; the report (rows, created, errors by row) is shown either way. */
    public void importFile() {
        report = Uploads.importFile(upload, actions, staff::importSheet);
    }

    public StreamedContent getTemplateCsv() {
        return file(staff.importTemplate(false), "staff-template.csv", "text/csv");
    }

    public StreamedContent getTemplateXlsx() {
        return file(staff.importTemplate(true), "staff-template.xlsx", XLSX);
    }

    public StreamedContent getExportXlsx() {
        return file(staff.export(query(), true), "staff.xlsx", XLSX);
    }

    static StreamedContent file(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** A row's problem in the console's language where the service names its rule (the password policy's). */
    public String problem(ImportReport.RowError e) {
        return ImportProblems.text(e, actions);
    }

    // ---- properties ----
    public PagedRows<StaffView> getRows() { return rows; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String v) { employeeNo = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public Long getSkillGroupId() { return skillGroupId; }
    public void setSkillGroupId(Long v) { skillGroupId = v; }
    public Long getEditingId() { return editingId; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getFormEmployeeNo() { return formEmployeeNo; }
    public void setFormEmployeeNo(String v) { formEmployeeNo = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getNickname() { return nickname; }
    public void setNickname(String v) { nickname = v; }
    public String getFormEmail() { return formEmail; }
    public void setFormEmail(String v) { formEmail = v; }
    public String getFormMobile() { return formMobile; }
    public void setFormMobile(String v) { formMobile = v; }
    public String getExtension() { return extension; }
    public void setExtension(String v) { extension = v; }
    public Role getRole() { return role; }
    public void setRole(Role v) { role = v; }
    public Long[] getGroupIds() { return groupIds; }
    public void setGroupIds(Long[] v) { groupIds = v == null ? new Long[0] : v; }
    public Integer getMaxConcurrent() { return maxConcurrent; }
    public void setMaxConcurrent(Integer v) { maxConcurrent = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
    public ImportReport getReport() { return report; }
}
