package io.switchboard.application.internal;

import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.RoutingSettingsService;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.routing.RoutingRule;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.TenantRoutingSettings;
import io.switchboard.domain.model.routing.WorkSchedule;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultRoutingSettingsService implements RoutingSettingsService {

    @Inject
    LookupCache lookups;
    @Inject
    RoutingDesk desk;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    SkillGroupRepository groups;
    @Inject
    ConversationRepository conversations;
    @Inject
    AuditTrail audit;
    @Inject
    io.switchboard.domain.model.flow.FlowRepository flows;
    @Inject
    Validator validator;

    @Override
    public RoutingSettings current() {
        return settings.current().current();
    }

    @Override
    public RoutingSettings update(RoutingSettings newSettings) {
        Set<ConstraintViolation<RoutingSettings>> violations = validator.validate(newSettings);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations); // the console calls here directly, not only REST
        }
        DefaultReportService.requireServiceLevel(newSettings.serviceLevel().thresholdSeconds(),
                newSettings.serviceLevel().shortAbandonSeconds());
        TenantRoutingSettings row = settings.lock(); // the tenant's routing lock, see RoutingDesk#lock
        List<Long> tenantGroups = groups.list(0, 10_000).stream().map(SkillGroup::getId).toList();
        RoutingSettings before = row.current();
        Set<Long> allowed = new HashSet<>(tenantGroups);
        allowed.addAll(groupIds(before)); // a group deleted since keeps its place: the console saves rules as they are
        requireOwnGroups(newSettings, allowed);
        requireOwnFlows(newSettings, flowIds(before));
        row.replace(newSettings, desk.now());
        lookups.routingChanged(row.getTenantId());
        conversations.recomputeDeadlines(row.getTenantId(), desk.now()); // timeouts may have moved: the sweep re-reads
        desk.event("SETTINGS_CHANGED", null, null, null, null, desk.now());
        desk.dispatch(newSettings, tenantGroups);
        audit.record("routing-settings.update", "routing-settings", null, before, newSettings);
        return newSettings;
    }

    /**
     * Routing rules and work-hours segments keep skill-group ids inside the settings document, where no foreign key
     * or tenant filter sees them: each must be a group of this tenant (or one the settings named already, e.g. a
     * group deleted since), or routing would queue visitors for another tenant's group id, and the answer would tell
     * which ids exist there. An id of another tenant and an unknown id get the same answer.
     */
    private static Set<Long> groupIds(RoutingSettings s) {
        Set<Long> ids = new HashSet<>();
        s.rules().stream().map(RoutingRule::skillGroupId).filter(java.util.Objects::nonNull).forEach(ids::add);
        s.workHours().schedule().segments().forEach(segment -> ids.addAll(segment.skillGroupIds()));
        return ids;
    }

    private static Set<Long> flowIds(RoutingSettings s) {
        Set<Long> ids = new HashSet<>();
        s.rules().stream().map(RoutingRule::flowId).filter(java.util.Objects::nonNull).forEach(ids::add);
        s.workHours().schedule().segments().stream().map(WorkSchedule.WorkSegment::flowId)
                .filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** A bot rule's or segment's flow must be a flow of this tenant (or one named before, deleted since), as groups. */
    private void requireOwnFlows(RoutingSettings s, Set<Long> before) {
        List<RoutingRule> rules = s.rules();
        for (int i = 0; i < rules.size(); i++) {
            Long id = rules.get(i).flowId();
            if (id != null && !before.contains(id) && flows.find(id).isEmpty()) {
                throw new InvalidFieldException("rules[" + i + "].flowId", "no flow with id " + id)
                        .coded("routing.ruleFlowNotFound", i + 1, id);
            }
        }
        List<WorkSchedule.WorkSegment> segments = s.workHours().schedule().segments();
        for (int i = 0; i < segments.size(); i++) {
            Long id = segments.get(i).flowId();
            if (id != null && !before.contains(id) && flows.find(id).isEmpty()) {
                throw new InvalidFieldException("workHours.schedule.segments[" + i + "].flowId", "no flow with id " + id)
                        .coded("workHours.segmentFlowNotFound", i + 1, id);
            }
        }
    }

    private static void requireOwnGroups(RoutingSettings s, Set<Long> own) {
        List<RoutingRule> rules = s.rules();
        for (int i = 0; i < rules.size(); i++) {
            Long id = rules.get(i).skillGroupId();
            if (id != null && !own.contains(id)) {
                throw new InvalidFieldException("rules[" + i + "].skillGroupId", "no skill group with id " + id)
                        .coded("routing.ruleGroupNotFound", i + 1, id);
            }
        }
        List<WorkSchedule.WorkSegment> segments = s.workHours().schedule().segments();
        for (int i = 0; i < segments.size(); i++) {
            for (Long id : segments.get(i).skillGroupIds()) {
                if (id == null || !own.contains(id)) {
                    throw new InvalidFieldException("workHours.schedule.segments[" + i + "].skillGroupIds",
                            "no skill group with id " + id).coded("workHours.segmentGroupNotFound", i + 1, id);
                }
            }
        }
    }
}
