package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.conversation.MessageButton;
import io.switchboard.domain.model.flow.ConversationFlow;
import io.switchboard.domain.model.flow.FlowContext;
import io.switchboard.domain.model.flow.FlowEffect;
import io.switchboard.domain.model.flow.FlowEngine;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowRepository;
import io.switchboard.domain.model.flow.FlowState;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.GroupCard;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Runs conversations through their flows (FL-1): the adapter between the channel-free {@link FlowEngine} and a
 * conversation. Every call runs in the caller's transaction under the conversation's row lock, reads where the
 * conversation is ({@link ConversationFlow}), lets the engine take one step and carries out its effects: bot lines
 * with a menu's buttons, an HTTP call made after the commit ({@link FlowCalls}), a transfer into the queue, the end.
 * The flow's wait is the conversation's {@code FLOW_WAIT} deadline, so the deadline sweep times it out on any node.
 */
@ApplicationScoped
public class FlowRuntime {

    private static final Logger LOG = Logger.getLogger(FlowRuntime.class.getName());
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A step's effects can lead to another step (a transfer that finds nobody, a bot that hands back): bounded. */
    private static final int MAX_CHAINED_STEPS = 10;

    /** An HTTP call to make once the step's transaction committed; {@code attempt} names it for its answer. */
    public record CallRequested(String tenantId, long conversationId, int attempt, String url, Map<String, String> body,
                         int timeoutSeconds, int retries) {
    }

    @Inject
    RoutingDesk desk;
    @Inject
    FlowRepository flows;
    @Inject
    FlowGraphs graphs;
    @Inject
    AgentSeatRepository seats;
    @Inject
    TenantContext tenant;
    @Inject
    Event<CallRequested> calls;
    @Inject
    SwitchboardSettings settings;
    @Inject
    BotReplies replies;
    @Inject
    io.switchboard.domain.model.contact.ContactRepository contacts;

    private FlowEngine engine;

    @PostConstruct
    void init() {
        engine = new FlowEngine(settings.getInt("SWITCHBOARD_FLOW_MAX_STEPS", FlowEngine.DEFAULT_MAX_STEPS));
    }

    /** The conversation enters this flow; false when the flow is gone or has no published version (nothing done). */
    boolean start(RoutingSettings s, Conversation c, long flowId, List<Long> fallback) {
        Optional<FlowGraphs.Active> active = graphs.active(flowId);
        if (active.isEmpty()) {
            LOG.warning(() -> "conversation " + c.getId() + " was routed to flow " + flowId
                    + ", which does not exist or has no published version: handed to the agents");
            return false;
        }
        Instant now = desk.now();
        ConversationFlow run = new ConversationFlow(c.getId(), flowId, active.get().version(), fallback, now);
        flows.addRun(run);
        desk.event("FLOW_STARTED", c, null, null, "flow " + flowId + " v" + active.get().version(), now);
        apply(s, c, run, active.get().graph(), engine.start(active.get().graph(), context(s, c, active.get().graph(), now)), 0);
        return true;
    }

    /** The visitor wrote in a conversation that may be in a flow; false when no flow of it runs. */
    boolean answer(RoutingSettings s, Conversation c, String text) {
        return step(s, c, (graph, state, ctx) -> engine.answer(graph, state, text, ctx));
    }

    /** The flow's wait is over (the FLOW_WAIT deadline); a FAQ bot waiting for the visitor says its timeout reply. */
    void timedOut(RoutingSettings s, Conversation c) {
        if (!step(s, c, (graph, state, ctx) -> {
            botNode(graph, state).flatMap(n -> replies.bot(n.botId())).ifPresent(bot -> replies.timedOut(c, bot));
            return engine.timedOut(graph, state, ctx);
        })) {
            c.flowWaits(null); // no flow runs any more: nothing waits
        }
    }

    /** An HTTP call answered (2xx) with this body, or failed every attempt (null); late or stale answers are dropped. */
    void callDone(RoutingSettings s, Conversation c, int attempt, String body) {
        Optional<ConversationFlow> run = flows.run(c.getId());
        if (run.isEmpty() || run.get().getCallAttempt() != attempt || run.get().getWaiting() != FlowState.Waiting.CALL) {
            return; // the wait timed out meanwhile, or the flow moved on
        }
        Function<String, Optional<String>> fields = body == null ? p -> Optional.empty()
                : io.switchboard.infrastructure.outbound.JsonFields.of(body);
        step(s, c, (graph, state, ctx) -> body == null ? engine.callFailed(graph, state, ctx)
                : engine.callAnswered(graph, state, fields, ctx));
    }

    /** The variables the flow collected, for the agent's visitor panel and the API; empty when it ran no flow. */
    Optional<ConversationFlow> runOf(long conversationId) {
        return flows.run(conversationId);
    }

    /** The BOT node the flow waits at for the visitor's line, if it does. */
    static Optional<io.switchboard.domain.model.flow.FlowNode> botNode(FlowGraph graph, FlowState state) {
        if (state.finished() || state.waiting() != FlowState.Waiting.ANSWER) {
            return Optional.empty();
        }
        return graph.node(state.node()).filter(n -> n.kind() == io.switchboard.domain.model.flow.NodeKind.BOT
                && n.botId() != null);
    }

    private interface Move {
        FlowEngine.Step take(FlowGraph graph, FlowState state, FlowContext ctx);
    }

    private boolean step(RoutingSettings s, Conversation c, Move move) {
        if (c.getState() != ConversationState.IN_FLOW) {
            return false;
        }
        Optional<ConversationFlow> found = flows.run(c.getId());
        if (found.isEmpty() || !found.get().running()) {
            return false;
        }
        ConversationFlow run = found.get();
        Optional<FlowGraph> graph = graphs.version(run.getFlowId(), run.getFlowVersion());
        Instant now = desk.now();
        if (graph.isEmpty()) {
            handOff(s, c, run, "flowDeleted", now);
            return true;
        }
        FlowState state = run.state(FlowVariables.parse(run.getVariables()), c.getFlowWaitUntil());
        apply(s, c, run, graph.get(), move.take(graph.get(), state, context(s, c, graph.get(), now)), 0);
        return true;
    }

    private void apply(RoutingSettings s, Conversation c, ConversationFlow run, FlowGraph graph, FlowEngine.Step step,
            int depth) {
        Instant now = desk.now();
        FlowState state = step.state();
        run.update(state, FlowVariables.json(state.variables()), now);
        c.flowWaits(state.waitUntil());
        c.refreshDeadline(s);
        for (FlowEffect effect : step.effects()) {
            if (effect instanceof FlowEffect.Say say) {
                desk.post(c, ConversationMessage.fromBot(c, text(say), say.buttons().stream()
                        .map(o -> new MessageButton(o.key(), o.label())).toList(), now));
            } else if (effect instanceof FlowEffect.Call call) {
                calls.fire(new CallRequested(tenant.requireTenant(), c.getId(), run.nextCall(), call.url(), call.body(),
                        call.timeoutSeconds(), call.retries()));
            } else if (effect instanceof FlowEffect.Transfer transfer) {
                if (anyoneSignedIn(transfer.skillGroupId())) {
                    leave(c, run, "transferred", now);
                    desk.enqueueArrival(s, c, List.of(transfer.skillGroupId()));
                } else if (depth < MAX_CHAINED_STEPS) {
                    apply(s, c, run, graph, engine.transferFailed(graph, state, context(s, c, graph, now)), depth + 1);
                }
                return;
            } else if (effect instanceof FlowEffect.Bot bot) {
                botTurn(s, c, run, graph, state, bot, depth);
                return;
            } else if (effect instanceof FlowEffect.End end) {
                ended(s, c, run, end.reason(), now);
                return;
            }
        }
    }

    /** The FAQ bot of a BOT node greets or answers; it hands the visitor back on a keyword or after its misses. */
    private void botTurn(RoutingSettings s, Conversation c, ConversationFlow run, FlowGraph graph, FlowState state,
            FlowEffect.Bot effect, int depth) {
        if (depth >= MAX_CHAINED_STEPS) {
            return;
        }
        Instant now = desk.now();
        Optional<io.switchboard.domain.model.bot.FaqBot> bot = replies.bot(effect.botId());
        if (bot.isEmpty()) {
            apply(s, c, run, graph, engine.botHandedBack(graph, state, context(s, c, graph, now)), depth + 1);
            return;
        }
        if (!effect.asked()) {
            replies.welcome(c, bot.get());
            return;
        }
        BotReplies.Reply reply = replies.reply(c, bot.get(), state.variables().get("last.input"),
                state.variables().get(FlowEngine.BOT_LAST_RULE));
        FlowEngine.Step next = reply.turn() == BotReplies.Turn.HAND_BACK
                ? engine.botHandedBack(graph, state, context(s, c, graph, now))
                : engine.botAnswered(graph, state, reply.ruleId(), reply.turn() == BotReplies.Turn.MISSED,
                        bot.get().getMissLimit(), context(s, c, graph, now));
        apply(s, c, run, graph, next, depth + 1);
    }

    /**
     * The flow is over. An end node ends the conversation; an unanswered wait leaves it as abandoned; any other exit
     * (invalid answers used up, a failure without its own branch, the step limit) hands the visitor to the agents.
     */
    private void ended(RoutingSettings s, Conversation c, ConversationFlow run, String reason, Instant now) {
        switch (reason) {
            case "ended" -> {
                leave(c, run, reason, now);
                desk.end(s, c, EndReason.FLOW_ENDED, null, null);
            }
            case "timeout" -> {
                leave(c, run, reason, now);
                desk.end(s, c, EndReason.VISITOR_LEFT, null, null);
            }
            default -> {
                if ("tooManySteps".equals(reason)) {
                    LOG.warning(() -> "flow " + run.getFlowId() + " v" + run.getFlowVersion() + " of conversation "
                            + c.getId() + " stopped after too many steps without the visitor writing");
                }
                handOff(s, c, run, reason, now);
            }
        }
    }

    private void handOff(RoutingSettings s, Conversation c, ConversationFlow run, String reason, Instant now) {
        leave(c, run, reason, now);
        toAgents(s, c, run.fallbackGroups());
    }

    /** Queues the conversation for these groups without the tenant's lock (or says nobody is online). */
    void toAgents(RoutingSettings s, Conversation c, List<Long> groups) {
        if (groups.isEmpty()) {
            desk.end(s, c, EndReason.NOBODY_ONLINE, "NOBODY_ONLINE", s.in(c.language()).messages().nobodyOnline());
        } else {
            desk.enqueueArrival(s, c, groups);
        }
    }

    private void leave(Conversation c, ConversationFlow run, String reason, Instant now) {
        run.finish(reason, now);
        c.flowWaits(null);
        desk.event("FLOW_LEFT", c, null, null, reason, now);
    }

    private boolean anyoneSignedIn(long groupId) {
        GroupCard card = desk.groupCards().get(groupId);
        if (card == null || !card.enabled()) {
            return false;
        }
        Set<Long> members = new LinkedHashSet<>();
        card.members().forEach(m -> members.add(m.agentId()));
        return seats.anySignedIn(members);
    }

    /** A bot line's text: the text, then the image's address (at most 4,000 characters, as a chat line). */
    static String text(FlowEffect.Say say) {
        String text = say.text() == null ? "" : say.text();
        if (say.imageUrl() != null && !say.imageUrl().isBlank()) {
            text = text.isBlank() ? say.imageUrl() : text + "\n" + say.imageUrl();
        }
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    /** The visitor's tags (AG-3), read only when the flow has a condition that could ask for them. */
    private Set<String> tags(Conversation c, FlowGraph graph) {
        boolean asks = graph.nodes().stream().anyMatch(n -> n.kind() == io.switchboard.domain.model.flow.NodeKind.CONDITION);
        return asks ? contacts.tags(c.getChannel(), c.getVisitorId()).stream()
                .map(io.switchboard.domain.model.contact.VisitorTag::getTag).collect(java.util.stream.Collectors.toSet())
                : Set.of();
    }

    private FlowContext context(RoutingSettings s, Conversation c, FlowGraph graph, Instant now) {
        return context(s, now, c.getChannel(), tags(c, graph), c.getVisitorId(), c.getVisitorName(),
                c.getAssociation() == null ? "" : c.getAssociation(), c.language().tag());
    }

    /**
     * What a flow step sees, for a conversation and for "try it" ({@link DefaultFlowTrialService}) alike: the time in
     * the tenant's zone, whether it is service time, the channel, the visitor's tags and the system variables.
     */
    static FlowContext context(RoutingSettings s, Instant now, String channel, Set<String> tags, String visitorId,
            String visitorName, String site, String language) {
        boolean open = !s.workHours().enabled() || s.workHours().schedule().segmentAt(now).isPresent();
        Map<String, String> system = new java.util.HashMap<>();
        system.put("visitor.id", visitorId);
        system.put("visitor.name", visitorName);
        system.put("visitor.language", language);
        system.put("channel", channel);
        system.put("site", site);
        system.put("now", NOW.format(now.atZone(s.zone())));
        return new FlowContext(now, s.zone(), channel, tags, open, system, language);
    }
}
