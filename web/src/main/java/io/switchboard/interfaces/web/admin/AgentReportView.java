package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ReportService;
import io.switchboard.application.ReportService.AgentRow;
import io.switchboard.application.ReportService.PartPage;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * 客服工作量 (RP-3): each agent's times, conversations, durations, response times, ratings and summaries over chosen
 * days; CSV / Excel export; a click on an agent's conversation count lists those conversations (the drill-down).
 */
@Named
@ViewScoped
public class AgentReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PARTS = 500;

    @Inject
    ReportService reports;
    @Inject
    SkillGroupService groups;
    @Inject
    ConsoleActions actions;
    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long skillGroupId;
    private List<AgentRow> rows = List.of();
    private AgentRow drilled;
    private PartPage parts;

    @PostConstruct
    void init() {
        to = LocalDate.ofInstant(clock.instant(), reports.zone());
        from = to;
        search();
    }

    public void search() {
        actions.run("report", () -> rows = reports.agents(from, to, skillGroupId), null);
    }

    /** The drill-down: the parts of conversations this agent ended in the days (the newest {@value #PARTS}). */
    public void drill(AgentRow row) {
        drilled = row;
        actions.run("report", () -> parts = reports.parts(row.agentId(), from, to, 0, PARTS), null);
    }

    public StreamedContent getExportCsv() {
        return AgentsView.file(reports.exportAgents(from, to, skillGroupId, false), "agent-report.csv", "text/csv");
    }

    public StreamedContent getExportXlsx() {
        return AgentsView.file(reports.exportAgents(from, to, skillGroupId, true), "agent-report.xlsx", AgentsView.XLSX);
    }

    public String rating(Double avg) {
        return avg == null ? "—" : String.format("%.2f", avg);
    }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    public List<AgentRow> getRows() { return rows; }
    public AgentRow getDrilled() { return drilled; }
    public PartPage getParts() { return parts; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getSkillGroupId() { return skillGroupId; }
    public void setSkillGroupId(Long skillGroupId) { this.skillGroupId = skillGroupId; }
}
