package io.switchboard.interfaces.web.admin;

import io.switchboard.application.DeskSettingsService;
import io.switchboard.application.DeskSettingsService.DeskSettingsView;
import io.switchboard.application.RoutingSettingsService;
import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.routing.RoutingRule;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettings.Messages;
import io.switchboard.domain.model.routing.RoutingSettings.Notice;
import io.switchboard.domain.model.routing.RoutingSettings.TimedMessage;
import io.switchboard.domain.model.routing.RoutingSettings.Timer;
import io.switchboard.domain.model.routing.RoutingSettings.Transfer;
import io.switchboard.domain.model.routing.RoutingSettings.WorkHours;
import io.switchboard.domain.model.routing.RoutingStrategy;
import io.switchboard.domain.model.routing.WorkSchedule;
import io.switchboard.domain.model.routing.WorkSchedule.DateType;
import io.switchboard.domain.model.routing.WorkSchedule.SegmentAction;
import io.switchboard.domain.model.routing.WorkSchedule.SpecialDate;
import io.switchboard.domain.model.routing.WorkSchedule.WorkSegment;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 对话设置 (RT-2..RT-12) and the workbench settings: every value of {@link RoutingSettings} as an editable form,
 * saved as one whole object (the service validates it and applies it to the next decision), plus the work-hours
 * calendar and the desk settings (summary required, categories, CRM page).
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    io.switchboard.application.FlowService flowService;
    private transient List<io.switchboard.application.FlowService.FlowSummary> flows;

    @Inject
    RoutingSettingsService routing;
    @Inject
    DeskSettingsService desk;
    @Inject
    SkillGroupService groups;
    @Inject
    ConsoleActions actions;

    /** A switchable timer with an optional message, as the form edits it. */
    public static final class TimerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean enabled;
        private int seconds;
        private String message;

        TimerForm(boolean enabled, int seconds, String message) {
            this.enabled = enabled;
            this.seconds = seconds;
            this.message = message;
        }

        TimedMessage timed() { return new TimedMessage(enabled, seconds, message); }
        Timer timer() { return new Timer(enabled, seconds); }

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean v) { enabled = v; }
        public int getSeconds() { return seconds; }
        public void setSeconds(int v) { seconds = v; }
        public String getMessage() { return message; }
        public void setMessage(String v) { message = v; }
    }

    /** One working segment: from, to (a "to" not after "from" crosses midnight), action and overflow groups. */
    public static final class SegmentForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalTime start = LocalTime.of(9, 0);
        private LocalTime end = LocalTime.of(18, 0);
        private SegmentAction action = SegmentAction.HUMAN;
        private List<Long> groupIds = new ArrayList<>();
        private Long flowId;

        public LocalTime getStart() { return start; }
        public void setStart(LocalTime v) { start = v; }
        public LocalTime getEnd() { return end; }
        public void setEnd(LocalTime v) { end = v; }
        public SegmentAction getAction() { return action; }
        public void setAction(SegmentAction v) { action = v; }
        /** The overflow order: the groups in the order they were picked. */
        public List<Long> getGroupIds() { return groupIds; }
        public void setGroupIds(List<Long> v) { groupIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        /** The flow a bot segment runs; none: the partner's own bot. */
        public Long getFlowId() { return flowId; }
        public void setFlowId(Long v) { flowId = v; }
    }

    public static final class DateForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private DateType type = DateType.HOLIDAY;

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public DateType getType() { return type; }
        public void setType(DateType v) { type = v; }
    }

    // 分配 (RT-3, RT-4, RT-5)
    private RoutingStrategy defaultStrategy;
    private int maxConcurrentPerAgent;
    private int readyBurst;
    private boolean previousAgentFirst;
    private int previousAgentWaitSeconds;
    // 消息 (RT-11)
    private String welcome;
    private String nobodyOnline;
    private String allBusy;
    private String previousAgentBusy;
    private String assigned;
    private String serviceEnded;
    // 超时 (RT-6, RT-7, RT-12)
    private TimerForm customerIdleWarning;
    private TimerForm customerIdleClose;
    private TimerForm agentReplyTimeout;
    private TimerForm queueTimeout;
    private TimerForm invalidSessionCleanup;
    private TimerForm rerouteUnanswered;
    private TimerForm wrapUp;
    private TimerForm agentOfflineAfterDisconnect;
    private TimerForm visitorOfflineAfterDisconnect;
    // 转接 (RT-10)
    private boolean transferNoticeEnabled;
    private String transferNotice;
    private boolean transferPromptEnabled;
    private String transferPromptTitle;
    private String transferPromptBody;
    private int transferConfirmSeconds;
    // 满意度
    private boolean satisfactionEnabled;
    private String satisfactionMessage;
    // 工作时间 (RT-8)
    private boolean workHoursEnabled;
    private String offHoursMessage;
    private String zone;
    private List<String> workdays = new ArrayList<>();
    private List<SegmentForm> segments = new ArrayList<>();
    private List<DateForm> dates = new ArrayList<>();
    /** Routing rules (RT-9) are edited on their own page ({@link RulesView}); here only counted. */
    private List<RoutingRule> rules = List.of();
    // English texts (item 5): path → English, beside the Chinese texts as saved
    private java.util.LinkedHashMap<String, String> english = new java.util.LinkedHashMap<>();
    private java.util.LinkedHashMap<String, String> chinese = new java.util.LinkedHashMap<>();
    // 工作台 (AG-4, 服务小结)
    private boolean summaryRequired;
    private String summaryCategories;
    private String crmUrl;

    @PostConstruct
    void load() {
        RoutingSettings s = routing.current();
        defaultStrategy = s.defaultStrategy();
        maxConcurrentPerAgent = s.maxConcurrentPerAgent();
        readyBurst = s.readyBurst();
        previousAgentFirst = s.previousAgentFirst();
        previousAgentWaitSeconds = s.previousAgentWaitSeconds();
        welcome = s.messages().welcome();
        nobodyOnline = s.messages().nobodyOnline();
        allBusy = s.messages().allBusy();
        previousAgentBusy = s.messages().previousAgentBusy();
        assigned = s.messages().assigned();
        serviceEnded = s.messages().serviceEnded();
        customerIdleWarning = form(s.customerIdleWarning());
        customerIdleClose = form(s.customerIdleClose());
        agentReplyTimeout = form(s.agentReplyTimeout());
        queueTimeout = form(s.queueTimeout());
        invalidSessionCleanup = form(s.invalidSessionCleanup());
        rerouteUnanswered = form(s.rerouteUnanswered());
        wrapUp = form(s.wrapUp());
        agentOfflineAfterDisconnect = form(s.agentOfflineAfterDisconnect());
        visitorOfflineAfterDisconnect = form(s.visitorOfflineAfterDisconnect());
        Transfer t = s.transfer();
        transferNoticeEnabled = t.successNoticeEnabled();
        transferNotice = t.successNotice();
        transferPromptEnabled = t.promptEnabled();
        transferPromptTitle = t.promptTitle();
        transferPromptBody = t.promptBody();
        transferConfirmSeconds = t.confirmSeconds();
        satisfactionEnabled = s.satisfactionInvite().enabled();
        satisfactionMessage = s.satisfactionInvite().message();
        WorkHours w = s.workHours();
        workHoursEnabled = w.enabled();
        offHoursMessage = w.offHoursMessage();
        zone = w.schedule().zone();
        workdays = new ArrayList<>(w.schedule().workdays().stream().sorted().map(DayOfWeek::name).toList());
        segments = new ArrayList<>();
        for (WorkSegment seg : w.schedule().segments()) {
            SegmentForm f = new SegmentForm();
            f.start = seg.start();
            f.end = seg.end();
            f.action = seg.action();
            f.groupIds = new ArrayList<>(seg.skillGroupIds());
            f.flowId = seg.flowId();
            segments.add(f);
        }
        dates = new ArrayList<>();
        for (SpecialDate d : w.schedule().dates()) {
            DateForm f = new DateForm();
            f.date = d.date();
            f.type = d.type();
            dates.add(f);
        }
        rules = s.rules();
        english = new java.util.LinkedHashMap<>(s.english());
        chinese = new java.util.LinkedHashMap<>(s.chineseTexts());
        DeskSettingsView d = desk.current();
        summaryRequired = d.summaryRequired();
        summaryCategories = String.join("\n", d.summaryCategories());
        crmUrl = d.crmUrl();
    }

    private static TimerForm form(TimedMessage t) {
        return new TimerForm(t.enabled(), t.seconds(), t.message());
    }

    private static TimerForm form(Timer t) {
        return new TimerForm(t.enabled(), t.seconds(), null);
    }

    /** Saves the routing and dialog settings as one object; a refusal names the field and nothing is saved. */
    public void save() {
        actions.run("settings", () -> routing.update(actions.valid(settings())), "console.settings.saved");
    }

    RoutingSettings settings() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workdays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        List<WorkSegment> segs = segments.stream().map(f -> new WorkSegment(f.start, f.end, f.action, f.groupIds,
                f.action == SegmentAction.BOT ? f.flowId : null))
                .toList();
        List<SpecialDate> special = dates.stream().filter(d -> d.date != null).map(d -> new SpecialDate(d.date, d.type)).toList();
        return new RoutingSettings(
                new Messages(welcome, nobodyOnline, allBusy, assigned, serviceEnded, previousAgentBusy),
                defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst, previousAgentWaitSeconds,
                customerIdleWarning.timed(), customerIdleClose.timed(), agentReplyTimeout.timed(), queueTimeout.timed(),
                invalidSessionCleanup.timer(), rerouteUnanswered.timer(), wrapUp.timer(),
                agentOfflineAfterDisconnect.timer(), visitorOfflineAfterDisconnect.timer(),
                new Transfer(transferNoticeEnabled, transferNotice, transferPromptEnabled, transferPromptTitle,
                        transferPromptBody, transferConfirmSeconds),
                new WorkHours(workHoursEnabled, offHoursMessage, new WorkSchedule(zone, days, special, segs)),
                new Notice(satisfactionEnabled, satisfactionMessage),
                routing.current().rules(), // the rules as saved now (the rules page edits them), not as loaded
                english, routing.current().serviceLevel()); // as saved now too (the KPI page sets it)
    }


    public void saveDesk() {
        List<String> categories = Arrays.stream(summaryCategories == null ? new String[0] : summaryCategories.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        actions.run("desk", () -> desk.update(new DeskSettingsView(summaryRequired, categories,
                crmUrl == null || crmUrl.isBlank() ? null : crmUrl.strip())), "console.settings.saved");
    }

    public void resetDefaults() {
        actions.run("settings", () -> routing.update(RoutingSettings.defaults().withRules(rules)), "console.settings.reset");
        load();
    }

    public void addSegment() {
        segments.add(new SegmentForm());
    }

    public void removeSegment(SegmentForm f) {
        segments.remove(f);
    }

    public void addDate() {
        dates.add(new DateForm());
    }

    public void removeDate(DateForm f) {
        dates.remove(f);
    }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    /** The overflow picker's suggestions: groups whose name contains what was typed. */
    public List<Long> completeGroup(String query) {
        String q = query == null ? "" : query.strip();
        return getGroups().stream().filter(g -> g.getName().contains(q)).map(SkillGroup::getId).toList();
    }

    public String groupName(Long id) {
        return getGroups().stream().filter(g -> g.getId().equals(id)).map(SkillGroup::getName).findFirst()
                .orElse("#" + id);
    }

    /** Every time zone Java knows, for the calendar's zone list. */
    public List<String> getZones() {
        return java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    /** The texts with an English side, in the order the English tab lists them. */
    public List<String> getEnglishPaths() { return List.copyOf(RoutingSettings.ENGLISH.paths()); }
    public java.util.Map<String, String> getEnglish() { return english; }
    public java.util.Map<String, String> getChinese() { return chinese; }

    public RoutingStrategy[] getStrategies() { return RoutingStrategy.values(); }
    public DayOfWeek[] getDays() { return DayOfWeek.values(); }
    public SegmentAction[] getActions() { return SegmentAction.values(); }
    public DateType[] getDateTypes() { return DateType.values(); }
    public int getRuleCount() { return rules.size(); }

    public RoutingStrategy getDefaultStrategy() { return defaultStrategy; }
    public void setDefaultStrategy(RoutingStrategy v) { defaultStrategy = v; }
    public int getMaxConcurrentPerAgent() { return maxConcurrentPerAgent; }
    public void setMaxConcurrentPerAgent(int v) { maxConcurrentPerAgent = v; }
    public int getReadyBurst() { return readyBurst; }
    public void setReadyBurst(int v) { readyBurst = v; }
    public boolean isPreviousAgentFirst() { return previousAgentFirst; }
    public void setPreviousAgentFirst(boolean v) { previousAgentFirst = v; }
    public int getPreviousAgentWaitSeconds() { return previousAgentWaitSeconds; }
    public void setPreviousAgentWaitSeconds(int v) { previousAgentWaitSeconds = v; }
    public String getWelcome() { return welcome; }
    public void setWelcome(String v) { welcome = v; }
    public String getNobodyOnline() { return nobodyOnline; }
    public void setNobodyOnline(String v) { nobodyOnline = v; }
    public String getAllBusy() { return allBusy; }
    public void setAllBusy(String v) { allBusy = v; }
    public String getPreviousAgentBusy() { return previousAgentBusy; }
    public void setPreviousAgentBusy(String v) { previousAgentBusy = v; }
    public String getAssigned() { return assigned; }
    public void setAssigned(String v) { assigned = v; }
    public String getServiceEnded() { return serviceEnded; }
    public void setServiceEnded(String v) { serviceEnded = v; }
    public TimerForm getCustomerIdleWarning() { return customerIdleWarning; }
    public TimerForm getCustomerIdleClose() { return customerIdleClose; }
    public TimerForm getAgentReplyTimeout() { return agentReplyTimeout; }
    public TimerForm getQueueTimeout() { return queueTimeout; }
    public TimerForm getInvalidSessionCleanup() { return invalidSessionCleanup; }
    public TimerForm getRerouteUnanswered() { return rerouteUnanswered; }
    public TimerForm getWrapUp() { return wrapUp; }
    public TimerForm getAgentOfflineAfterDisconnect() { return agentOfflineAfterDisconnect; }
    public TimerForm getVisitorOfflineAfterDisconnect() { return visitorOfflineAfterDisconnect; }
    public boolean isTransferNoticeEnabled() { return transferNoticeEnabled; }
    public void setTransferNoticeEnabled(boolean v) { transferNoticeEnabled = v; }
    public String getTransferNotice() { return transferNotice; }
    public void setTransferNotice(String v) { transferNotice = v; }
    public boolean isTransferPromptEnabled() { return transferPromptEnabled; }
    public void setTransferPromptEnabled(boolean v) { transferPromptEnabled = v; }
    public String getTransferPromptTitle() { return transferPromptTitle; }
    public void setTransferPromptTitle(String v) { transferPromptTitle = v; }
    public String getTransferPromptBody() { return transferPromptBody; }
    public void setTransferPromptBody(String v) { transferPromptBody = v; }
    public int getTransferConfirmSeconds() { return transferConfirmSeconds; }
    public void setTransferConfirmSeconds(int v) { transferConfirmSeconds = v; }
    public boolean isSatisfactionEnabled() { return satisfactionEnabled; }
    public void setSatisfactionEnabled(boolean v) { satisfactionEnabled = v; }
    public String getSatisfactionMessage() { return satisfactionMessage; }
    public void setSatisfactionMessage(String v) { satisfactionMessage = v; }
    public boolean isWorkHoursEnabled() { return workHoursEnabled; }
    public void setWorkHoursEnabled(boolean v) { workHoursEnabled = v; }
    public String getOffHoursMessage() { return offHoursMessage; }
    public void setOffHoursMessage(String v) { offHoursMessage = v; }
    public String getZone() { return zone; }
    public void setZone(String v) { zone = v; }
    public List<String> getWorkdays() { return workdays; }
    public void setWorkdays(List<String> v) { workdays = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<SegmentForm> getSegments() { return segments; }
    public List<DateForm> getDates() { return dates; }
    public boolean isSummaryRequired() { return summaryRequired; }
    public void setSummaryRequired(boolean v) { summaryRequired = v; }
    public String getSummaryCategories() { return summaryCategories; }
    public void setSummaryCategories(String v) { summaryCategories = v; }
    public String getCrmUrl() { return crmUrl; }
    public void setCrmUrl(String v) { crmUrl = v; }

    /** The tenant's flows a bot rule or segment can run (the first 200 by name). */
    public List<io.switchboard.application.FlowService.FlowSummary> getFlows() {
        if (flows == null) {
            flows = flowService.search("", 0, 200).items();
        }
        return flows;
    }
}
