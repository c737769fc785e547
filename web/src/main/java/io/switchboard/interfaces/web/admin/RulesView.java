package io.switchboard.interfaces.web.admin;

import io.switchboard.application.RoutingSettingsService;
import io.switchboard.application.SkillGroupService;
import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.routing.RoutingRule;
import io.switchboard.domain.model.routing.RoutingRule.Match;
import io.switchboard.domain.model.routing.RoutingRule.Target;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 路由规则 (RT-9): the routing rules in their order of priority — the first rule that matches a new conversation
 * decides where it goes. Rows are reordered by dragging (or with the arrows), edited in place and saved together;
 * only the rules change, the other conversation settings stay as they are.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    io.switchboard.application.FlowService flowService;
    private transient List<io.switchboard.application.FlowService.FlowSummary> flows;

    @Inject
    RoutingSettingsService routing;
    @Inject
    SkillGroupService groups;
    @Inject
    WidgetSiteService sites;
    @Inject
    ConsoleActions actions;

    /** One editable rule. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Match match = Match.CHANNEL;
        private String value = ChannelKind.WEB.name();
        private Target target = Target.SKILL_GROUP;
        private Long skillGroupId;
        private Long flowId;

        public Match getMatch() { return match; }
        /** Another kind of match starts with its own value: a channel's name is no entry key. */
        public void setMatch(Match v) {
            if (v != null && v != match) {
                value = v == Match.CHANNEL ? ChannelKind.WEB.name() : "";
            }
            match = v;
        }
        public String getValue() { return value; }
        public void setValue(String v) { value = v == null ? "" : v.strip(); }
        public Target getTarget() { return target; }
        public void setTarget(Target v) { target = v; }
        public Long getSkillGroupId() { return skillGroupId; }
        public void setSkillGroupId(Long v) { skillGroupId = v; }
        /** The flow a bot rule runs; none: the partner's own bot hands over through the IM API. */
        public Long getFlowId() { return flowId; }
        public void setFlowId(Long v) { flowId = v; }
    }

    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        for (RoutingRule r : routing.current().rules()) {
            Row row = new Row();
            row.match = r.match();
            row.value = r.value() == null ? "" : r.value();
            row.target = r.target();
            row.skillGroupId = r.skillGroupId();
            row.flowId = r.flowId();
            rows.add(row);
        }
    }

    public void add() {
        Row row = new Row();
        List<SkillGroup> all = getGroups();
        row.skillGroupId = all.isEmpty() ? null : all.get(0).getId();
        rows.add(row);
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** The arrows: the same as dragging the row one place. */
    public void move(int index, int by) {
        int to = index + by;
        if (index >= 0 && index < rows.size() && to >= 0 && to < rows.size()) {
            Collections.swap(rows, index, to);
        }
    }

    /** A drag: PrimeFaces has already moved the row in {@link #rows}; nothing else to do before saving. */
    public void onReorder() {
        // the order is the rows' order
    }

    /** Saves the rules in this order; a rule without what it needs is refused, naming its place, and nothing is saved. */
    public void save() {
        actions.run("rules", () -> {
            List<RoutingRule> rules = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                try {
                    rules.add(new RoutingRule(r.match, r.match == Match.DEFAULT ? null : r.value, r.target,
                            r.target == Target.SKILL_GROUP ? r.skillGroupId : null,
                            r.target == Target.BOT ? r.flowId : null));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(actions.format("console.rules.invalid", i + 1,
                            actions.text(r.match == Match.DEFAULT || r.value != null && !r.value.isBlank()
                                    ? "console.rules.needGroup" : "console.rules.needValue")), e);
                }
            }
            routing.update(actions.valid(routing.current().withRules(rules)));
        }, "console.saved");
    }

    public List<Row> getRows() { return rows; }
    public Match[] getMatches() { return Match.values(); }
    public Target[] getTargets() { return Target.values(); }

    public List<SkillGroup> getGroups() {
        return groups.list(0, 500);
    }

    public List<WidgetSite> getSites() {
        return sites.list(0, 500);
    }

    public String[] getChannels() {
        return new String[] {ChannelKind.WEB.name(), ChannelKind.IM_API.name()};
    }

    /** The tenant's flows a bot rule or segment can run (the first 200 by name). */
    public List<io.switchboard.application.FlowService.FlowSummary> getFlows() {
        if (flows == null) {
            flows = flowService.search("", 0, 200).items();
        }
        return flows;
    }
}
