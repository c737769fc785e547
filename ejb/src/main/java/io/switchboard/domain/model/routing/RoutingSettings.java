package io.switchboard.domain.model.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/**
 * Every conversation setting of the seed's 对话设置 page (RT-4..RT-12), one value object per tenant, with the
 * seed's defaults in {@link #defaults()}. Immutable: an admin's change replaces the whole object, validated.
 *
 * @param maxConcurrentPerAgent 坐席分配最大访客数量, the cap of an agent who has no cap of their own (0..200)
 * @param readyBurst            坐席就绪时分配最大访客数量: at most this many at once when an agent becomes ready
 * @param previousAgentFirst    历史服务坐席优先分配 (RT-5)
 * @param previousAgentWaitSeconds how long a conversation waits for its busy previous agent before any member may take it
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
        @NotNull @Size(max = 100) @Valid List<@NotNull RoutingRule> rules) {

    public RoutingSettings {
        rules = List.copyOf(rules);
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
                List.of());
    }

    public RoutingSettings withWorkHours(WorkHours value) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, value, satisfactionInvite, rules);
    }

    public RoutingSettings withRules(List<RoutingRule> value) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, rerouteUnanswered, wrapUp, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, workHours, satisfactionInvite, value);
    }

    public RoutingSettings withTimers(Timer reroute, Timer wrapUpTimer) {
        return new RoutingSettings(messages, defaultStrategy, maxConcurrentPerAgent, readyBurst, previousAgentFirst,
                previousAgentWaitSeconds, customerIdleWarning, customerIdleClose, agentReplyTimeout, queueTimeout,
                invalidSessionCleanup, reroute, wrapUpTimer, agentOfflineAfterDisconnect,
                visitorOfflineAfterDisconnect, transfer, workHours, satisfactionInvite, rules);
    }
}
