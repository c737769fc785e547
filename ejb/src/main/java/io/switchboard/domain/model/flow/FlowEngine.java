package io.switchboard.domain.model.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a flow (FL-1), independent of the channel: each call takes the graph, where the conversation is and what just
 * happened (it started, the visitor wrote, a wait timed out, a call answered or failed, a transfer found nobody) and
 * answers the new state and the effects for the adapter to carry out. Nothing here touches a database, a socket or
 * the network, so the phone IVR can run on it too.
 * <p>
 * A flow runs from node to node until a node waits (for the visitor, or for an HTTP call made after the step's
 * transaction) or the flow ends. More than {@link #maxSteps} nodes without the visitor writing end it (a loop the
 * validator could not see, e.g. through a condition that always holds).
 */
public final class FlowEngine {

    /** Nodes a flow may run between two lines of the visitor, unless configured otherwise. */
    public static final int DEFAULT_MAX_STEPS = 100;


    /** The new state and what to do, in order. */
    public record Step(FlowState state, List<FlowEffect> effects) {
        public Step {
            effects = List.copyOf(effects);
        }

        /** The reason the flow ended with, if it did. */
        public Optional<String> ended() {
            return effects.stream().filter(FlowEffect.End.class::isInstance).map(e -> ((FlowEffect.End) e).reason())
                    .findFirst();
        }
    }

    private final int maxSteps;

    public FlowEngine(int maxSteps) {
        this.maxSteps = maxSteps;
    }

    /** The conversation enters the flow at its start. */
    public Step start(FlowGraph graph, FlowContext ctx) {
        String start = graph.start().orElseThrow(() -> new IllegalStateException("the flow has no start")).id();
        List<FlowEffect> effects = new ArrayList<>();
        return new Step(run(graph, FlowState.at(start), ctx, effects), effects);
    }

    /** The visitor wrote {@code text} (a typed line, a clicked button's key). */
    public Step answer(FlowGraph graph, FlowState state, String text, FlowContext ctx) {
        List<FlowEffect> effects = new ArrayList<>();
        if (state.finished() || state.waiting() != FlowState.Waiting.ANSWER) {
            return new Step(state, effects); // the flow is busy (a call runs): the line is kept in the transcript only
        }
        FlowState s = state.inputSeen().with("last.input", text == null ? "" : text.strip());
        FlowNode node = node(graph, s);
        switch (node.kind()) {
            case MENU -> {
                Optional<FlowNode.MenuOption> chosen = choose(node, text);
                if (chosen.isPresent()) {
                    return new Step(follow(graph, s, chosen.get().key(), ctx, effects), effects);
                }
                return invalid(graph, s, node, ctx, effects, node.options());
            }
            case COLLECT -> {
                String value = node.input().accept(text,
                        node.pattern() == null ? null : Pattern.compile(node.pattern()));
                if (value != null) {
                    return new Step(follow(graph, s.with(node.variable(), value), "next", ctx, effects), effects);
                }
                return invalid(graph, s, node, ctx, effects, List.of());
            }
            case SATISFACTION -> {
                Optional<FlowNode.MenuOption> rating = choose(withRatings(node, ctx), text);
                if (rating.isPresent()) {
                    String variable = node.variable() == null ? "rating" : node.variable();
                    return new Step(follow(graph, s.with(variable, rating.get().key()), "next", ctx, effects), effects);
                }
                return invalid(graph, s, node, ctx, effects, withRatings(node, ctx).options());
            }
            case BOT -> {
                effects.add(new FlowEffect.Bot(node.botId(), true));
                return new Step(s.waitFor(FlowState.Waiting.ANSWER, ctx.now().plusSeconds(node.waitSecondsOrDefault())),
                        effects);
            }
            default -> {
                return new Step(s, effects);
            }
        }
    }

    /** The wait at the current node ended without an answer. */
    public Step timedOut(FlowGraph graph, FlowState state, FlowContext ctx) {
        if (state.waiting() == FlowState.Waiting.CALL) {
            return callFailed(graph, state, ctx);
        }
        List<FlowEffect> effects = new ArrayList<>();
        if (state.finished() || state.waiting() != FlowState.Waiting.ANSWER) {
            return new Step(state, effects);
        }
        FlowNode node = node(graph, state);
        if (node.timeoutText() != null && !node.timeoutText().isBlank()) {
            effects.add(new FlowEffect.Say(fill(node.timeoutText(), state, ctx), null, List.of()));
        }
        return new Step(follow(graph, state, "timeout", ctx, effects), effects);
    }

    /** The HTTP call answered: its fields go to the node's variables (by JSON path), then on to "next". */
    public Step callAnswered(FlowGraph graph, FlowState state, Function<String, Optional<String>> field, FlowContext ctx) {
        List<FlowEffect> effects = new ArrayList<>();
        if (state.waiting() != FlowState.Waiting.CALL) {
            return new Step(state, effects); // answered too late: the wait already ended
        }
        FlowNode node = node(graph, state);
        FlowState s = state;
        for (FlowNode.ApiOutput o : node.outputs()) {
            s = s.with(o.variable(), field.apply(o.path()).orElse(o.defaultValue() == null ? "" : o.defaultValue()));
        }
        return new Step(follow(graph, s, "next", ctx, effects), effects);
    }

    /** The HTTP call failed every attempt: the defaults go to the variables, then "failed" (or "next" without one). */
    public Step callFailed(FlowGraph graph, FlowState state, FlowContext ctx) {
        List<FlowEffect> effects = new ArrayList<>();
        if (state.waiting() != FlowState.Waiting.CALL) {
            return new Step(state, effects);
        }
        FlowNode node = node(graph, state);
        FlowState s = state;
        for (FlowNode.ApiOutput o : node.outputs()) {
            s = s.with(o.variable(), o.defaultValue() == null ? "" : o.defaultValue());
        }
        String port = graph.next(node.id(), "failed").isPresent() ? "failed" : "next"; // seed 004: falls through
        return new Step(follow(graph, s, port, ctx, effects), effects);
    }

    /** Nobody of the transfer node's group is signed in: its failed text, then "failed" (the flow ends without one). */
    public Step transferFailed(FlowGraph graph, FlowState state, FlowContext ctx) {
        List<FlowEffect> effects = new ArrayList<>();
        FlowNode node = node(graph, state);
        String text = node.failedText() == null || node.failedText().isBlank()
                ? (ctx.english() ? "No agent is online right now." : "您好，当前无人工坐席在线")
                : node.failedText();
        effects.add(new FlowEffect.Say(fill(text, state, ctx), null, List.of()));
        return new Step(follow(graph, state, "failed", ctx, effects), effects);
    }

    /** The variable counting the bot's misses in a row. */
    public static final String BOT_MISSES = "bot.misses";
    /** The variable holding the rule the bot answered last (its repeated-question reply compares with it). */
    public static final String BOT_LAST_RULE = "bot.lastRule";

    /**
     * The bot answered the visitor's line with this rule (null: it suggested questions or missed), which is kept as
     * the last answered; otherwise as {@link #botAnswered(FlowGraph, FlowState, boolean, int, FlowContext)}.
     */
    public Step botAnswered(FlowGraph graph, FlowState state, Long answeredRule, boolean missed, int missLimit,
            FlowContext ctx) {
        return botAnswered(graph, state.with(BOT_LAST_RULE, answeredRule == null ? "" : answeredRule.toString()), missed,
                missLimit, ctx);
    }

    /**
     * The bot replied to the visitor's line; a miss counts, an answer starts the count again, and {@code missLimit}
     * misses in a row hand the visitor back ("next").
     */
    public Step botAnswered(FlowGraph graph, FlowState state, boolean missed, int missLimit, FlowContext ctx) {
        if (!missed) {
            return new Step(state.with(BOT_MISSES, "0"), List.of());
        }
        int misses = 1 + parseCount(state.variables().get(BOT_MISSES));
        FlowState s = state.with(BOT_MISSES, Integer.toString(misses));
        return misses >= missLimit ? botHandedBack(graph, s, ctx) : new Step(s, List.of());
    }

    private static int parseCount(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The bot handed the visitor back (asked for a human, or missed too often): on to "next". */
    public Step botHandedBack(FlowGraph graph, FlowState state, FlowContext ctx) {
        List<FlowEffect> effects = new ArrayList<>();
        return new Step(follow(graph, state.inputSeen(), "next", ctx, effects), effects);
    }

    /** Runs nodes from the state's node until one waits or the flow ends. */
    private FlowState run(FlowGraph graph, FlowState state, FlowContext ctx, List<FlowEffect> effects) {
        FlowState s = state;
        while (!s.finished()) {
            if (s.steps() >= maxSteps) {
                effects.add(new FlowEffect.End("tooManySteps"));
                return s.done();
            }
            FlowNode node = node(graph, s);
            switch (node.kind()) {
                case START -> s = next(graph, s, "next", effects);
                case MESSAGE -> {
                    effects.add(new FlowEffect.Say(fill(node.text(), s, ctx), node.imageUrl(), List.of()));
                    s = next(graph, s, "next", effects);
                }
                case MENU, COLLECT -> {
                    effects.add(new FlowEffect.Say(fill(node.text(), s, ctx), null, node.options()));
                    return s.waitFor(FlowState.Waiting.ANSWER, ctx.now().plusSeconds(node.waitSecondsOrDefault()));
                }
                case SATISFACTION -> {
                    effects.add(new FlowEffect.Say(fill(node.text(), s, ctx), null, withRatings(node, ctx).options()));
                    return s.waitFor(FlowState.Waiting.ANSWER, ctx.now().plusSeconds(node.waitSecondsOrDefault()));
                }
                case BOT -> {
                    effects.add(new FlowEffect.Bot(node.botId(), false));
                    return s.waitFor(FlowState.Waiting.ANSWER, ctx.now().plusSeconds(node.waitSecondsOrDefault()));
                }
                case CONDITION -> {
                    FlowState at = s;
                    String port = node.branches().stream().filter(b -> FlowChecks.all(b, at.variables(), ctx))
                            .map(FlowNode.Branch::port).findFirst().orElse("default");
                    s = next(graph, s, port, effects);
                }
                case SERVICE_TIME -> s = next(graph, s, ctx.inServiceTime() ? "open" : "closed", effects);
                case HTTP -> {
                    java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
                    FlowState at = s;
                    node.body().forEach((k, v) -> body.put(k, fill(v, at, ctx)));
                    int attempts = 1 + node.retriesOrDefault();
                    effects.add(new FlowEffect.Call(fill(node.url(), s, ctx), body, node.callSecondsOrDefault(),
                            node.retriesOrDefault()));
                    Duration longest = Duration.ofSeconds((long) node.callSecondsOrDefault() * attempts + 10);
                    return s.waitFor(FlowState.Waiting.CALL, ctx.now().plus(longest));
                }
                case TRANSFER -> {
                    effects.add(new FlowEffect.Transfer(node.skillGroupId()));
                    return s; // the adapter queues it, or reports transferFailed in the same transaction
                }
                case END -> {
                    if (node.text() != null && !node.text().isBlank()) {
                        effects.add(new FlowEffect.Say(fill(node.text(), s, ctx), null, List.of()));
                    }
                    effects.add(new FlowEffect.End("ended"));
                    return s.done();
                }
                default -> throw new IllegalStateException("unknown node kind " + node.kind());
            }
        }
        return s;
    }

    /** Leaves the current node by an exit and runs on; an exit without an edge ends the flow ("failed", "timeout" …). */
    private FlowState follow(FlowGraph graph, FlowState state, String port, FlowContext ctx, List<FlowEffect> effects) {
        FlowState s = next(graph, state, port, effects);
        return s.finished() ? s : run(graph, s, ctx, effects);
    }

    private static FlowState next(FlowGraph graph, FlowState state, String port, List<FlowEffect> effects) {
        Optional<String> to = graph.next(state.node(), port);
        if (to.isEmpty()) {
            effects.add(new FlowEffect.End("next".equals(port) || "default".equals(port) ? "ended" : port));
            return state.done();
        }
        return state.moveTo(to.get());
    }

    private Step invalid(FlowGraph graph, FlowState s, FlowNode node, FlowContext ctx, List<FlowEffect> effects,
            List<FlowNode.MenuOption> buttons) {
        if (s.errors() + 1 >= node.maxErrorsOrDefault()) {
            return new Step(follow(graph, s, "failed", ctx, effects), effects);
        }
        String text = node.invalidText() == null || node.invalidText().isBlank()
                ? (ctx.english() ? "Sorry, that is not a valid answer. Please try again." : "您的输入错误，请重新输入。")
                : node.invalidText();
        effects.add(new FlowEffect.Say(fill(text, s, ctx), null, buttons));
        return new Step(s.withError(ctx.now().plusSeconds(node.waitSecondsOrDefault())), effects);
    }

    /**
     * The choice a visitor's answer names: a button's key (a click sends it, or the visitor types "1"), the choice's
     * number in the list, or its text.
     */
    static Optional<FlowNode.MenuOption> choose(FlowNode node, String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String a = answer.strip();
        List<FlowNode.MenuOption> options = node.options();
        for (FlowNode.MenuOption o : options) {
            if (o.key().equals(a)) {
                return Optional.of(o);
            }
        }
        if (a.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(a);
            if (n >= 1 && n <= options.size()) {
                return Optional.of(options.get(n - 1));
            }
        }
        String lower = a.toLowerCase(Locale.ROOT);
        for (FlowNode.MenuOption o : options) {
            if (o.label() != null && o.label().strip().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** A satisfaction node's choices: its own, or five grades from 5 (very satisfied) to 1. */
    private static FlowNode withRatings(FlowNode node, FlowContext ctx) {
        if (!node.options().isEmpty()) {
            return node;
        }
        List<FlowNode.MenuOption> grades = ctx.english()
                ? List.of(new FlowNode.MenuOption("5", "Very satisfied"), new FlowNode.MenuOption("4", "Satisfied"),
                        new FlowNode.MenuOption("3", "Neutral"), new FlowNode.MenuOption("2", "Dissatisfied"),
                        new FlowNode.MenuOption("1", "Very dissatisfied"))
                : List.of(new FlowNode.MenuOption("5", "非常满意"), new FlowNode.MenuOption("4", "满意"),
                        new FlowNode.MenuOption("3", "一般"), new FlowNode.MenuOption("2", "不满意"),
                        new FlowNode.MenuOption("1", "非常不满意"));
        return new FlowNode(node.id(), node.kind(), node.label(), node.x(), node.y(), node.text(), null, grades,
                node.invalidText(), node.timeoutText(), node.maxErrors(), node.timeoutSeconds(), node.variable(), null,
                null, null, null, null, null, null, null, null, null);
    }

    private static FlowNode node(FlowGraph graph, FlowState s) {
        return graph.node(s.node()).orElseThrow(() -> new IllegalStateException("the flow has no node " + s.node()));
    }

    /** The text with each {@code ${name}} replaced by the variable's or the system's value; unknown names stay. */
    static String fill(String text, FlowState s, FlowContext ctx) {
        if (text == null) {
            return null;
        }
        Matcher m = FlowGraph.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = s.variables().getOrDefault(name, ctx.system().get(name));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
