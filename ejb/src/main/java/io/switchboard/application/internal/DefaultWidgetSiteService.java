package io.switchboard.application.internal;

import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

@Stateless
public class DefaultWidgetSiteService implements WidgetSiteService {

    @Inject
    WidgetSiteRepository sites;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    @Override
    public List<WidgetSite> list(int offset, int limit) {
        return sites.list(offset, limit);
    }

    @Override
    public long count() {
        return sites.count();
    }

    @Override
    public WidgetSite create(String name) {
        WidgetSite site = WidgetSite.inTenant(tenant.requireTenant(), name.trim(), clock.instant());
        sites.add(site);
        return site;
    }
}
