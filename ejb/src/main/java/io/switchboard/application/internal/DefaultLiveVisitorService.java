package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.LiveVisitorService;
import io.switchboard.application.ModerationService;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.Language;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.SeatState;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import io.switchboard.domain.model.visitor.LiveVisits;
import io.switchboard.domain.model.visitor.PageView;
import io.switchboard.domain.model.visitor.VisitorProfile;
import io.switchboard.domain.model.visitor.VisitorRepository;
import io.switchboard.infrastructure.push.DeskUpdatePublisher;
import io.switchboard.infrastructure.push.LiveVisitorRegistry;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LiveVisitorService}: the browsing visitors come from the cluster's {@link LiveVisitorRegistry}, their
 * profile, page and open conversation from the database; an agent's chat is written through the {@link RoutingDesk}
 * under the tenant's routing lock, like any assignment, so the agent's load and cap stay exact.
 */
@Stateless
public class DefaultLiveVisitorService implements LiveVisitorService {

    private static final String WEB = ChannelKind.WEB.name();

    @Inject
    LiveVisitorRegistry registry;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;
    @Inject
    VisitorRepository visitors;
    @Inject
    WidgetSiteRepository sites;
    @Inject
    ConversationRepository conversations;
    @Inject
    ConversationService conversationViews;
    @Inject
    ModerationService moderation;
    @Inject
    RoutingDesk desk;
    @Inject
    io.switchboard.application.BlacklistService blacklist;

    /** Memory only: no transaction (every page of every site opens and closes a socket). */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void arrived(String tenantId, String visitorId, long siteId, String language) {
        registry.visits().arrived(tenantId, visitorId, siteId, language, clock.instant());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean left(String tenantId, String visitorId) {
        return registry.visits().left(tenantId, visitorId, clock.instant()) > 0;
    }

    @Override
    public List<LiveVisitorView> browsing(int limit) {
        Instant now = clock.instant();
        List<LiveVisits.Visit> browsing = registry.visits().browsing(tenant.requireTenant(), now, limit);
        List<String> ids = browsing.stream().map(LiveVisits.Visit::visitorId).toList();
        // three reads for the whole list, whatever its length
        Map<String, VisitorProfile> profiles = visitors.findAll(WEB, ids);
        Map<String, PageView> pages = visitors.latestPages(ids);
        Map<String, Conversation> conversationsOpen = conversations.openOf(ids, WEB);
        Map<Long, String> siteNames = new HashMap<>();
        List<LiveVisitorView> views = new ArrayList<>();
        for (LiveVisits.Visit v : browsing) {
            Optional<VisitorProfile> profile = Optional.ofNullable(profiles.get(v.visitorId()));
            PageView page = pages.get(v.visitorId());
            String siteName = siteNames.computeIfAbsent(v.siteId(),
                    id -> sites.find(id).map(WidgetSite::getName).orElse("#" + id));
            Optional<Conversation> open = Optional.ofNullable(conversationsOpen.get(v.visitorId()));
            boolean returning = profile.map(p -> p.getFirstSeenAt() != null
                    && p.getFirstSeenAt().isBefore(v.startedAt().minus(LiveVisits.VISIT_GAP))).orElse(false);
            views.add(new LiveVisitorView(v.visitorId(),
                    profile.map(VisitorProfile::getDisplayName).orElse(null), v.siteId(), siteName,
                    profile.map(VisitorProfile::getRegion).orElse(null),
                    profile.map(VisitorProfile::getBrowser).orElse(null), profile.map(VisitorProfile::getOs).orElse(null),
                    page == null ? null : page.getUrl(), page == null ? null : page.getTitle(),
                    v.startedAt(), v.pages(), returning, open.map(Conversation::getId).orElse(null),
                    open.map(c -> c.getState().name()).orElse(null), v.language()));
        }
        return views;
    }

    @Override
    public ConversationView startChat(long agentId, String visitorId, String text) {
        LiveVisits.Visit visit = registry.visits().of(tenant.requireTenant(), visitorId, clock.instant())
                .orElseThrow(() -> new ConflictException("visitorId", "visitor " + visitorId + " is not on the site now")
                        .coded("visitor.gone", visitorId));
        String line = text == null || text.isBlank() ? LiveVisits.greeting(visit.language()) : text.strip();
        List<String> flagged = moderation.screen(line).words(); // blocked words refuse the line before any lock
        blacklist.requireAllowed(visitorId, null); // a blacklisted visitor could not answer
        // the visitor's row first (their first line takes it too: one of the two opens the conversation), then the
        // tenant's routing lock, as every assignment
        visitors.lock(WEB, visitorId);
        RoutingSettings s = desk.lock();
        Instant now = desk.now();
        if (conversations.openIdOf(visitorId, WEB).isPresent()) {
            throw new ConflictException("visitorId", "visitor " + visitorId + " is already in a conversation")
                    .coded("visitor.inConversation", visitorId);
        }
        AgentSeat seat = desk.seat(agentId);
        SeatState state = seat.toSeatState(s.maxConcurrentPerAgent(), desk.today(s, now));
        if (!state.status().signedIn()) {
            throw new ConflictException("agent " + agentId + " is not signed in").coded("agent.notSignedIn");
        }
        if (state.open() >= state.cap()) {
            throw new ConflictException("agent " + agentId + " is at the cap (" + state.cap() + ")")
                    .coded("agent.atCap", state.cap());
        }
        String siteKey = sites.find(visit.siteId()).map(WidgetSite::getSiteKey).orElse(null);
        Conversation c = new Conversation(visitorId, visitorId, WEB, siteKey, null, 0, now)
                .speaking(Language.of(visit.language()));
        conversations.add(c);
        Map<Long, io.switchboard.domain.model.skillgroup.GroupCard> cards = desk.groupCards();
        Long group = desk.groupsOf(agentId).stream().filter(id -> cards.containsKey(id) && cards.get(id).enabled())
                .findFirst().orElse(null); // the agent's first enabled group: its figures count the chat
        c.startedBy(agentId, group, now);
        seat.assigned(now, desk.today(s, now));
        desk.event("ASSIGNED", c, agentId, group, DeskUpdatePublisher.AGENT_INITIATED, now);
        c.agentWrote(now);
        desk.post(c, ConversationMessage.fromAgent(c, agentId, line, now).flag(flagged));
        if (visit.sockets() == 0) {
            c.visitorDisconnected(visit.lastSeenAt()); // between two pages: the offline timer runs until they are back
        }
        c.refreshDeadline(s);
        return conversationViews.get(c.getId());
    }
}
