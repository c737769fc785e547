package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.WidgetConfigView;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.message.Language;
import io.switchboard.domain.model.site.WidgetSettings;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import io.switchboard.infrastructure.storage.FileStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

@Stateless
public class DefaultWidgetSiteService implements WidgetSiteService {

    @Inject
    LookupCache cache;
    @Inject
    WidgetSiteRepository sites;
    @Inject
    TenantContext tenant;
    @Inject
    SkillGroupRepository groups;
    @Inject
    FileStore files;
    @Inject
    AgentSeatRepository seats;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    io.switchboard.domain.model.visitor.RegionLocator regions;
    @Inject
    io.switchboard.domain.model.conversation.ConversationRepository conversations;

    /** What the audit log keeps of a site: never its secret. */
    public record Snapshot(String name, String siteKey, WidgetSettings settings) {
        static Snapshot of(WidgetSite site) {
            return new Snapshot(site.getName(), site.getSiteKey(), site.getSettings());
        }
    }

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
        audit.record("widget-site.create", "widget-site", site.getId(), null, Snapshot.of(site));
        return site;
    }

    @Override
    public void delete(long id) {
        WidgetSite site = get(id);
        long open = conversations.countOpenOf(ChannelKind.WEB.name(), site.getSiteKey());
        if (open > 0) {
            throw new ConflictException("widget site " + id + " has " + open
                    + " open conversation(s); end them before deleting the site").coded("site.openConversations", open);
        }
        Snapshot before = Snapshot.of(site);
        site.delete(clock.instant());
        cache.siteChanged(site.getSiteKey());
        audit.record("widget-site.delete", "widget-site", id, before, null);
    }

    @Override
    public WidgetSite get(long id) {
        return sites.find(id).orElseThrow(() -> new NotFoundException("widget site " + id + " not found")
                .coded("site.notFound", id));
    }

    /** What the audit log keeps of a reveal or rotation: which site, never the secret. */
    public record SecretAccess(String name, String siteKey) {
        static SecretAccess of(WidgetSite site) {
            return new SecretAccess(site.getName(), site.getSiteKey());
        }
    }

    @Override
    public String revealSecret(long id) {
        WidgetSite site = get(id);
        audit.record("widget-site.reveal-secret", "widget-site", id, null, SecretAccess.of(site));
        return site.getSecret();
    }

    @Override
    public String rotateSecret(long id) {
        WidgetSite site = get(id);
        String secret = site.rotateSecret();
        cache.siteChanged(site.getSiteKey());
        audit.record("widget-site.rotate-secret", "widget-site", id, null, SecretAccess.of(site));
        return secret;
    }

    @Override
    public WidgetSite update(long id, String name, WidgetSettings settings) {
        WidgetSite site = get(id);
        Snapshot before = Snapshot.of(site);
        site.rename(name.trim());
        site.changeSettings(settings);
        cache.siteChanged(site.getSiteKey()); // recordTrail is read from the cached identity
        audit.record("widget-site.update", "widget-site", id, before, Snapshot.of(site));
        return site;
    }

    @Override
    public WidgetConfigView publicConfig(String siteKey, String clientAddress, Language language) {
        WidgetSite site = sites.findBySiteKey(siteKey)
                .orElseThrow(() -> new NotFoundException("unknown widget site key").coded("site.unknownKey"));
        WidgetSettings settings = site.getSettings().in(language);
        List<SkillGroup> enabled = groups.enabled(SkillGroupKind.ONLINE);
        boolean noGroupForRegion = false;
        if (settings.picker().byRegion()) {
            // S2 picker j/k: only the groups that serve the visitor's region (by address, from the local table)
            String region = clientAddress == null ? null : regions.regionOf(clientAddress).orElse(null);
            enabled = enabled.stream().filter(g -> g.servesRegion(region)).toList();
            noGroupForRegion = enabled.isEmpty();
        }
        Set<Long> memberIds = new HashSet<>();
        enabled.forEach(g -> g.getMembers().forEach(m -> memberIds.add(m.getAgentId())));
        Map<Long, AgentSeat> online = new HashMap<>();
        seats.findAll(memberIds).stream().filter(seat -> seat.getStatus().signedIn())
                .forEach(seat -> online.put(seat.getAgentId(), seat));
        List<WidgetConfigView.PickableGroup> pickable = enabled.stream()
                .limit(settings.picker().maxGroups())
                .map(g -> {
                    List<AgentSeat> present = g.getMembers().stream().map(m -> online.get(m.getAgentId()))
                            .filter(Objects::nonNull).toList();
                    List<String> names = settings.picker().showAgents()
                            ? present.stream().map(AgentSeat::getDisplayName)
                                    .limit(settings.picker().maxAgentsPerGroup()).toList()
                            : List.of();
                    return new WidgetConfigView.PickableGroup(g.getId(), g.getName(), present.size(), names);
                }).toList();
        return new WidgetConfigView(site.getSiteKey(), site.getName(), settings, !online.isEmpty(), pickable,
                files.maxBytes(), noGroupForRegion);
    }
}
