package io.switchboard.interfaces.web.admin;

import io.switchboard.application.FaqBotService;
import io.switchboard.application.FaqBotService.AskedView;
import io.switchboard.application.FaqBotService.LearnRequest;
import io.switchboard.application.FaqBotService.MissGroupView;
import io.switchboard.application.FaqBotService.RuleView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 问题挖掘 (FL-3) of the bot open in {@link BotsView}: its misses grouped by what they ask; a group's questions go into
 * the rule the bot finds closest, into a rule the administrator looks up, or into a new rule with an answer; or they
 * are dismissed.
 */
@Named
@ViewScoped
public class BotMiningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqBotService bots;
    @Inject
    BotsView open;
    @Inject
    ConsoleActions actions;

    private int days = 30;
    private PagedRows<MissGroupView> rows;
    /** The group being taught: its questions, the answer of a new rule, or the rule chosen for them. */
    private List<String> questions = List.of();
    private String answer;
    private String ruleQuery;
    private List<RuleView> ruleChoices = List.of();
    private Long ruleId;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((o, l) -> open.getBotId() == null ? List.of()
                : bots.missGroups(open.getBotId(), days, o, l).items(),
                () -> open.getBotId() == null ? 0 : bots.missGroups(open.getBotId(), days, 0, 1).total(),
                MissGroupView::question);
    }

    private static List<String> asked(MissGroupView g) {
        return new ArrayList<>(g.questions().stream().map(AskedView::question).toList());
    }

    /** One click: the group's questions become variants of the rule the bot found closest. */
    public void addToClosest(MissGroupView g) {
        List<String> q = asked(g);
        long rule = g.closestRule().id();
        actions.run(null, () -> bots.learn(open.getBotId(), new LearnRequest(q, rule, null)), "console.bots.learned");
    }

    /** Opens the dialog for a new rule or a rule looked up, with the group's questions. */
    public void teach(MissGroupView g) {
        questions = asked(g);
        answer = null;
        ruleId = g.closestRule() == null ? null : g.closestRule().id();
        ruleQuery = null;
        ruleChoices = g.closestRule() == null ? List.of() : List.of(g.closestRule());
    }

    public void findRules() {
        ruleChoices = bots.rules(open.getBotId(), ruleQuery, 0, 50).items();
        ruleId = ruleChoices.isEmpty() ? null : ruleChoices.get(0).id();
    }

    public void newRule() {
        List<String> q = questions;
        actions.run("teach-form", () -> bots.learn(open.getBotId(), new LearnRequest(q, null,
                actions.required("answer", answer))), "console.bots.learned");
    }

    public void intoRule() {
        List<String> q = questions;
        Long rule = ruleId;
        actions.run("teach-form", () -> {
            if (rule == null) {
                throw new io.switchboard.application.InvalidFieldException("ruleId", actions.text("console.bots.chooseRule"));
            }
            bots.learn(open.getBotId(), new LearnRequest(q, rule, null));
        }, "console.bots.learned");
    }

    public void dismiss(MissGroupView g) {
        List<String> q = asked(g);
        actions.run(null, () -> bots.dismiss(open.getBotId(), q), "console.bots.dismissed");
    }

    public PagedRows<MissGroupView> getRows() { return rows; }
    public int getDays() { return days; }
    public void setDays(int v) { days = v; }
    public List<String> getQuestions() { return questions; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { answer = v; }
    public String getRuleQuery() { return ruleQuery; }
    public void setRuleQuery(String v) { ruleQuery = v; }
    public List<RuleView> getRuleChoices() { return ruleChoices; }
    public Long getRuleId() { return ruleId; }
    public void setRuleId(Long v) { ruleId = v; }
}
