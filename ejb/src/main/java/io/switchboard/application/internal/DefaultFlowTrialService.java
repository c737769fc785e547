package io.switchboard.application.internal;

import io.switchboard.application.FlowInvalidException;
import io.switchboard.application.FlowService;
import io.switchboard.application.FlowTrialService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.flow.FlowContext;
import io.switchboard.domain.model.flow.FlowEffect;
import io.switchboard.domain.model.flow.FlowEngine;
import io.switchboard.domain.model.flow.FlowGraph;
import io.switchboard.domain.model.flow.FlowProblem;
import io.switchboard.domain.model.flow.FlowRepository;
import io.switchboard.domain.model.flow.FlowState;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.outbound.JsonFields;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FlowTrialService}: the channel-free {@link FlowEngine} on the draft, its effects carried out at once and
 * turned into lines; the same engine, bot replies and HTTP attempts a conversation's flow uses ({@link FlowRuntime}).
 * Nothing is written, so no transaction is held while an API node's address answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultFlowTrialService implements FlowTrialService {

    /** A step's effects can lead to another step (a bot that hands back, an answered call): bounded. */
    private static final int MAX_CHAINED_STEPS = 10;
    private static final FlowEngine ENGINE = new FlowEngine(FlowEngine.DEFAULT_MAX_STEPS);

    @Inject
    FlowRepository flows;
    @Inject
    FlowService flowService;
    @Inject
    RoutingDesk desk;
    @Inject
    BotReplies replies;
    @Inject
    OutboundHttp http;
    @Inject
    SkillGroupRepository groups;

    @Override
    public Trial start(long flowId, String language) {
        List<FlowProblem> problems = flowService.validate(flowId);
        if (!problems.isEmpty()) {
            throw new FlowInvalidException(problems);
        }
        Run run = new Run(draft(flowId), context(language));
        run.apply(ENGINE.start(run.graph, run.ctx), 0);
        return run.trial();
    }

    @Override
    public Trial answer(long flowId, TrialState state, String text, String language) {
        Run run = new Run(draft(flowId), context(language));
        run.lines.add(new TrialLine(Speaker.VISITOR, text, List.of()));
        if (state == null || state.finished() || run.graph.node(state.node()).isEmpty()) {
            return new Trial(state, run.lines); // the trial is over (or the draft changed under it)
        }
        run.apply(ENGINE.answer(run.graph, engineState(state), text, run.ctx), 0);
        return run.trial();
    }

    @Override
    public Trial timeout(long flowId, TrialState state, String language) {
        Run run = new Run(draft(flowId), context(language));
        if (state == null || state.finished() || run.graph.node(state.node()).isEmpty()) {
            return new Trial(state, run.lines);
        }
        FlowState waiting = engineState(state);
        FlowRuntime.botNode(run.graph, waiting).flatMap(n -> replies.bot(n.botId())).map(FaqBot::getTimeoutReply)
                .ifPresent(text -> run.lines.add(new TrialLine(Speaker.BOT, text, List.of())));
        run.apply(ENGINE.timedOut(run.graph, waiting, run.ctx), 0);
        return run.trial();
    }

    private FlowGraph draft(long flowId) {
        return flows.find(flowId).orElseThrow(() -> new NotFoundException("flow " + flowId + " not found")
                .coded("flow.notFound", flowId)).getDraft();
    }

    private static FlowState engineState(TrialState s) {
        return new FlowState(s.node(), FlowState.Waiting.valueOf(s.waiting()), s.errors(), s.variables(), s.steps(),
                null);
    }

    /** One move of a trial: the draft, the context, the state reached and the lines said on the way. */
    private final class Run {
        final FlowGraph graph;
        final FlowContext ctx;
        final List<TrialLine> lines = new ArrayList<>();
        FlowState state;

        Run(FlowGraph graph, FlowContext ctx) {
            this.graph = graph;
            this.ctx = ctx;
        }

        Trial trial() {
            return new Trial(new TrialState(state.node(), state.waiting().name(), state.errors(), state.variables(),
                    state.steps()), lines);
        }

        void apply(FlowEngine.Step step, int depth) {
            state = step.state();
            for (FlowEffect effect : step.effects()) {
                if (effect instanceof FlowEffect.Say say) {
                    lines.add(new TrialLine(Speaker.BOT, FlowRuntime.text(say), say.buttons().stream()
                            .map(o -> new TrialButton(o.key(), o.label())).toList()));
                } else if (effect instanceof FlowEffect.Call call && depth < MAX_CHAINED_STEPS) {
                    String answer = FlowHttp.post(http, call.url(), call.body(), call.timeoutSeconds(), call.retries(),
                            "of a trial");
                    note(answer == null ? ctx.language().equals("en") ? "API call failed: " + call.url()
                            : "接口调用失败：" + call.url()
                            : ctx.language().equals("en") ? "API answered: " + call.url() : "接口已应答：" + call.url());
                    Function<String, Optional<String>> fields = answer == null ? p -> Optional.empty()
                            : JsonFields.of(answer);
                    apply(answer == null ? ENGINE.callFailed(graph, state, ctx)
                            : ENGINE.callAnswered(graph, state, fields, ctx), depth + 1);
                    return;
                } else if (effect instanceof FlowEffect.Transfer transfer) {
                    String group = groups.find(transfer.skillGroupId()).map(SkillGroup::getName)
                            .orElse(String.valueOf(transfer.skillGroupId()));
                    note(ctx.language().equals("en") ? "Transferred to the agents of " + group
                            : "转人工：进入技能组「" + group + "」的队列");
                    state = new FlowState(null, FlowState.Waiting.NONE, 0, state.variables(), state.steps(), null);
                    return;
                } else if (effect instanceof FlowEffect.Bot bot) {
                    botTurn(bot, depth);
                    return;
                } else if (effect instanceof FlowEffect.End end) {
                    note(ctx.language().equals("en") ? "The flow ended (" + end.reason() + ")"
                            : "流程结束（" + end.reason() + "）");
                    return;
                }
            }
        }

        private void botTurn(FlowEffect.Bot effect, int depth) {
            if (depth >= MAX_CHAINED_STEPS) {
                return;
            }
            Optional<FaqBot> bot = replies.bot(effect.botId());
            boolean english = ctx.language().equals("en");
            if (bot.isEmpty()) {
                apply(ENGINE.botHandedBack(graph, state, ctx), depth + 1);
                return;
            }
            BotReplies.Reply r = effect.asked() ? replies.replyOf(bot.get(), state.variables().get("last.input"),
                    state.variables().get(FlowEngine.BOT_LAST_RULE), english) : replies.welcomeOf(bot.get(), english);
            if (r.text() != null) {
                lines.add(new TrialLine(Speaker.BOT, r.text(), r.buttons().stream()
                        .map(b -> new TrialButton(b.key(), b.label())).toList()));
            }
            if (!effect.asked()) {
                return;
            }
            apply(r.turn() == BotReplies.Turn.HAND_BACK ? ENGINE.botHandedBack(graph, state, ctx)
                    : ENGINE.botAnswered(graph, state, r.ruleId(), r.turn() == BotReplies.Turn.MISSED,
                            bot.get().getMissLimit(), ctx),
                    depth + 1);
        }

        private void note(String text) {
            lines.add(new TrialLine(Speaker.NOTE, text, List.of()));
        }
    }

    private FlowContext context(String language) {
        String lang = "en".equals(language) ? "en" : "zh";
        return FlowRuntime.context(desk.settings(), desk.now(), "WEB", java.util.Set.of(), "trial",
                "en".equals(lang) ? "Trial visitor" : "试用访客", "", lang);
    }
}
