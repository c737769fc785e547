package io.switchboard.domain.model.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.switchboard.domain.model.message.EnglishTexts;
import io.switchboard.domain.model.message.Language;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every conversation setting of the seed's 对话设置 page (RT-4..RT-12), one value object per tenant, with the
 * seed's defaults in {@link #defaults()}. Immutable: an admin's change replaces the whole object, validated.
 *
 * @param maxConcurrentPerAgent 坐席分配最大访客数量, the cap of an agent who has no cap of their own (0..200)
 * @param readyBurst            坐席就绪时分配最大访客数量: at most this many at once when an agent becomes ready
 * @param previousAgentFirst    历史服务坐席优先分配 (RT-5)
 * @param previousAgentWaitSeconds how long a conversation waits for its busy previous agent before any member may take it
 * @param english               the English text of each visitor-facing message, by path ({@link #ENGLISH}); the
 *                              fields hold the Chinese ones, and {@link #in} picks by the conversation's language
 */
public record RoutingSettings(
        @NotNull @Valid Messages messages,
        @NotNull RoutingStrategy defaultStrategy,
        @Min(0) @Max(200) int maxConcurrentPerAgent,
        @Min(1) @Max(200) int readyBurst,
        boolean previousAgentFirst,
        @Min(0) @Max(3600) int previousAgentWaitSeconds,
        @NotNull @Valid TimedMessage customerIdleWarning,
        @NotNull @Valid TimedMessage customerIdleClose,
        @NotNull @Valid TimedMessage agentReplyTimeout,
        @NotNull @Valid TimedMessage queueTimeout,
        @NotNull @Valid Timer invalidSessionCleanup,
        @NotNull @Valid Timer rerouteUnanswered,
        @NotNull @Valid Timer wrapUp,
        @NotNull @Valid Timer agentOfflineAfterDisconnect,
        @NotNull @Valid Timer visitorOfflineAfterDisconnect,
        @NotNull @Valid Transfer transfer,
        @NotNull @Valid WorkHours workHours,
        @NotNull @Valid Notice satisfactionInvite,
        @NotNull @Size(max = 100) @Valid List<@NotNull RoutingRule> rules,
        @NotNull Map<@NotNull @Pattern(regexp = ENGLISH_PATHS, message = "is not a text with an English side") String,
                @NotNull @Size(max = 500) String> english,
        @Valid ServiceLevel serviceLevel) {

    /** The visitor-facing texts that have an English side, with the English defaults. */
    public static final EnglishTexts ENGLISH = new EnglishTexts(englishDefaults());

    /** {@link #ENGLISH}'s paths, as the validation of {@code english}'s keys. */
    public static final String ENGLISH_PATHS = "messages\\.(welcome|nobodyOnline|allBusy|assigned|serviceEnded"
            + "|previousAgentBusy)|(customerIdleWarning|customerIdleClose|agentReplyTimeout|queueTimeout"
            + "|satisfactionInvite)\\.message|transfer\\.successNotice|workHours\\.offHoursMessage";

    public RoutingSettings {
        serviceLevel = serviceLevel == null ? ServiceLevel.DEFAULT : serviceLevel; // settings saved before it existed
        rules = List.copyOf(rules);
        english = ENGLISH.complete(english);
    }

    private static Map<String, String> englishDefaults() {
        Map<String, String> en = new LinkedHashMap<>();
        en.put("messages.welcome", "Welcome! How can we help you today?");
        en.put("messages.nobodyOnline", "Hello, no agent is online at the moment.");
        en.put("messages.allBusy", "All agents are busy. You are in the queue with {num} visitors ahead of you.");
        en.put("messages.previousAgentBusy", "{agent}, who helped you last time, is serving another visitor. "
                + "You are first in line for them; please wait a moment.");
        en.put("messages.assigned", "{agent} is here to help you.");
        en.put("messages.serviceEnded", "The agent has ended the conversation.");
        en.put("customerIdleWarning.message", "Are you still there?");
        en.put("customerIdleClose.message", "Sorry, goodbye!");
        en.put("agentReplyTimeout.message", "Please wait, we are looking that up for you.");
        en.put("queueTimeout.message", "Sorry, the wait in the queue has timed out.");
        en.put("transfer.successNotice", "You have been transferred to {agent}.");
        en.put("workHours.offHoursMessage", "Hello, we are outside our working hours at the moment.");
        en.put("satisfactionInvite.message", "Please rate our service.");
        return en;
    }

    /**
     * These settings with the visitor-facing texts a visitor reading {@code language} gets: the same object for
     * Chinese, the English texts (the Chinese one where the English is empty) for English.
     */
    public RoutingSettings in(Language language) {
        if (language != Language.EN) {
            return this;
        }
        Messages m = messages;
        return new RoutingSettings(
                new Messages(en("messages.welcome", m.welcome()), en("messages.nobodyOnline", m.nobodyOnline()),
                        en("messages.allBusy", m.allBusy()), en("messages.assigned", m.assigned()),
                        en("messages.serviceEnded", m.serviceEnded()),
                        en("messages.previousAgentBusy", m.previousAgentBusy())),
                defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst, previousAgentWaitSeconds,
                customerIdleWarning.saying(en("customerIdleWarning.message", customerIdleWarning.message())),
                customerIdleClose.saying(en("customerIdleClose.message", customerIdleClose.message())),
                agentReplyTimeout.saying(en("agentReplyTimeout.message", agentReplyTimeout.message())),
                queueTimeout.saying(en("queueTimeout.message", queueTimeout.message())),
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect,
                new Transfer(transfer.successNoticeEnabled(), en("transfer.successNotice", transfer.successNotice()),
                        transfer.promptEnabled(), transfer.promptTitle(), transfer.promptBody(), transfer.confirmSeconds()),
                new WorkHours(workHours.enabled(), en("workHours.offHoursMessage", workHours.offHoursMessage()),
                        workHours.schedule()),
                new Notice(satisfactionInvite.enabled(), en("satisfactionInvite.message", satisfactionInvite.message())),
                rules, english, serviceLevel);
    }

    /** The Chinese text of each path of {@link #ENGLISH}, as the console shows it beside the English one. */
    public Map<String, String> chineseTexts() {
        Map<String, String> zh = new LinkedHashMap<>();
        zh.put("messages.welcome", messages.welcome());
        zh.put("messages.nobodyOnline", messages.nobodyOnline());
        zh.put("messages.allBusy", messages.allBusy());
        zh.put("messages.previousAgentBusy", messages.previousAgentBusy());
        zh.put("messages.assigned", messages.assigned());
        zh.put("messages.serviceEnded", messages.serviceEnded());
        zh.put("customerIdleWarning.message", customerIdleWarning.message());
        zh.put("customerIdleClose.message", customerIdleClose.message());
        zh.put("agentReplyTimeout.message", agentReplyTimeout.message());
        zh.put("queueTimeout.message", queueTimeout.message());
        zh.put("transfer.successNotice", transfer.successNotice());
        zh.put("workHours.offHoursMessage", workHours.offHoursMessage());
        zh.put("satisfactionInvite.message", satisfactionInvite.message());
        return zh;
    }

    private String en(String path, String chinese) {
        return EnglishTexts.englishOr(english, path, chinese);
    }

    /**
     * Dialog messages (RT-11) with their placeholders. {@code welcome} is the human agent's greeting, said right after
     * {@code assigned}; the widget's own welcome (site settings) greets the visitor before that and gives way to it.
     * {@code previousAgentBusy} tells a returning visitor that the conversation waits for the agent who served them
     * last (RT-5), instead of {@code allBusy}; settings stored before it existed get the default.
     */
    public record Messages(
            @NotBlank @Size(max = 500) String welcome,
            @NotBlank @Size(max = 500) String nobodyOnline,
            @NotBlank @Size(max = 500) String allBusy,
            @NotBlank @Size(max = 500) String assigned,
            @NotBlank @Size(max = 500) String serviceEnded,
            @NotBlank @Size(max = 500) String previousAgentBusy) {

        public static final String PREVIOUS_AGENT_BUSY = "您上次咨询的坐席{agent}正在服务其他访客，正在为您优先等待 TA 接入，请稍候。";

        public Messages {
            if (previousAgentBusy == null) {
                previousAgentBusy = PREVIOUS_AGENT_BUSY;
            }
        }
    }

    /** A switchable timer with the message it sends when it fires. */
    public record TimedMessage(boolean enabled, @Min(1) @Max(86400) int seconds, @NotBlank @Size(max = 500) String message) {
        public Duration duration() {
            return Duration.ofSeconds(seconds);
        }

        TimedMessage saying(String text) {
            return new TimedMessage(enabled, seconds, text);
        }
    }

    /** A switchable message without a timer. */
    public record Notice(boolean enabled, @NotBlank @Size(max = 500) String message) {
    }

    /** A switchable timer without a message. */
    public record Timer(boolean enabled, @Min(1) @Max(86400) int seconds) {
        public Duration duration() {
            return Duration.ofSeconds(seconds);
        }
    }

    /** RT-10: what the visitor and the receiving agent are told, and how long the receiver has to confirm. */
    public record Transfer(
            boolean successNoticeEnabled,
            @NotBlank @Size(max = 500) String successNotice,
            boolean promptEnabled,
            @NotBlank @Size(max = 200) String promptTitle,
            @NotBlank @Size(max = 500) String promptBody,
            @Min(5) @Max(3600) int confirmSeconds) {
    }

    /** RT-8: whether the calendar applies, what off-hours visitors are told, and the calendar itself. */
    public record WorkHours(boolean enabled, @NotBlank @Size(max = 500) String offHoursMessage,
            @NotNull @Valid WorkSchedule schedule) {
    }

    /** The tenant's time zone: the work-hours calendar's, used for "today" and for every time shown to people. */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(workHours.schedule().zone());
    }

    public static RoutingSettings defaults() {
        return new RoutingSettings(
                new Messages(
                        "欢迎您来咨询，请问有什么可以帮助您的呢？",
                        "您好，当前无人工坐席在线",
                        "坐席全忙，已进入等待队列，在您之前，还有 {num} 位等待用户。",
                        "坐席分配成功，{agent}为您服务。",
                        "坐席已断开和您的对话",
                        Messages.PREVIOUS_AGENT_BUSY),
                RoutingStrategy.LEAST_BUSY,
                10,
                10,
                true,
                60,
                new TimedMessage(true, 180, "您还在吗？"),
                new TimedMessage(true, 120, "对不起，再见！"),
                new TimedMessage(true, 120, "请稍等，正在为您查询资料"),
                new TimedMessage(true, 180, "对不起。排队超时"),
                new Timer(true, 180),
                new Timer(false, 30),
                new Timer(false, 30),
                new Timer(true, 60),
                new Timer(true, 30),
                new Transfer(true, "已为您转接坐席{agent}", true, "来自坐席{agent}的转接", "坐席{agent}请求将访客{user}转接", 60),
                new WorkHours(false, "您好，当前非工作时间段", WorkSchedule.officeHours("Asia/Shanghai")),
                new Notice(true, "请对我们的服务做出评价"),
                List.of(),
                ENGLISH.defaults(),
                ServiceLevel.DEFAULT);
    }

    public RoutingSettings withWorkHours(WorkHours value) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, value, satisfactionInvite, rules, english, serviceLevel);
    }

    public RoutingSettings withServiceLevel(ServiceLevel value) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, workHours, satisfactionInvite, rules, english, value);
    }

    /**
     * RP-5's service level of this tenant: answered within {@code thresholdSeconds} (T) ÷ (answered + abandoned
     * after {@code shortAbandonSeconds} (S)); {@code workHoursOnly}: the KPIs count only the hours the work-hours
     * calendar has as working, unless asked otherwise. T is one of 10, 20, 30, 60 s and S one of 0, 5, 10 s, the
     * limits the hourly rollups count (checked when the settings are saved).
     */
    public record ServiceLevel(int thresholdSeconds, int shortAbandonSeconds, boolean workHoursOnly) {
        public static final ServiceLevel DEFAULT = new ServiceLevel(20, 5, false);
    }

    public RoutingSettings withRules(List<RoutingRule> value) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, workHours, satisfactionInvite, value, english, serviceLevel);
    }

    public RoutingSettings withTimers(Timer reroute, Timer wrapUpTimer) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, reroute, wrapUpTimer, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, workHours, satisfactionInvite, rules, english, serviceLevel);
    }
}
