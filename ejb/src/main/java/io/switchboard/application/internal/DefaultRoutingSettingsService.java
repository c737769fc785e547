package io.switchboard.application.internal;

import io.switchboard.application.RoutingSettingsService;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.TenantRoutingSettings;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class DefaultRoutingSettingsService implements RoutingSettingsService {

    @Inject
    RoutingDesk desk;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    SkillGroupRepository groups;
    @Inject
    AuditTrail audit;

    @Override
    public RoutingSettings current() {
        return settings.current().current();
    }

    @Override
    public RoutingSettings update(RoutingSettings newSettings) {
        TenantRoutingSettings row = settings.lock(); // the tenant's routing lock, see RoutingDesk#lock
        RoutingSettings before = row.current();
        row.replace(newSettings, desk.now());
        desk.event("SETTINGS_CHANGED", null, null, null, null, desk.now());
        desk.dispatch(newSettings, groups.list(0, 10_000).stream().map(SkillGroup::getId).toList());
        audit.record("routing-settings.update", "routing-settings", null, before, newSettings);
        return newSettings;
    }
}
