package io.switchboard.application.internal;

import io.switchboard.application.MessagePosted;
import io.switchboard.application.MessageView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RoutingEvent;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationEvent;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.conversation.QueueEntry;
import io.switchboard.domain.model.conversation.QueuePositions;
import io.switchboard.domain.model.routing.Assignment;
import io.switchboard.domain.model.routing.GroupState;
import io.switchboard.domain.model.routing.MessageTemplate;
import io.switchboard.domain.model.routing.RoutingBoard;
import io.switchboard.domain.model.routing.RoutingEngine;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.routing.SeatState;
import io.switchboard.domain.model.routing.WaitingConversation;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.GroupCard;
import io.switchboard.domain.model.skillgroup.GroupMember;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where routing decisions are made and written: loads the part of the tenant a decision touches
 * into a {@link RoutingBoard}, lets the {@link RoutingEngine} decide, applies the assignments to conversations,
 * seats and groups, sends the dialog messages, logs and fires the events and stores the next deadlines. Callers
 * (the application services, the deadline sweep and the tenant's dispatcher) must hold the tenant's routing lock,
 * taken by {@link #lock()}; only {@link #enqueueArrival} runs without it.
 */
@ApplicationScoped
class RoutingDesk {

    /** Waiting conversations read beyond the free capacity, to step over entries reserved for busy agents. */
    private static final int QUEUE_SLACK = 200;
    /** Arrivals one dispatch round announces at most: the rest wait for the next round, a few milliseconds later. */
    private static final int ARRIVALS_PER_ROUND = 200;
    /** More skill groups than a tenant has: the console lists them on one page too. */
    private static final int MAX_GROUPS = 10_000;
    /** Queue places read at once (scalar rows) to tell arrivals theirs; one further back is counted on its own. */
    private static final int PLACES_READ = 5_000;

    private final RoutingEngine engine = new RoutingEngine();

    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    SkillGroupRepository groups;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    TenantContext tenant;
    @Inject
    Event<RoutingEvent> events;
    @Inject
    Event<MessagePosted> messages;
    @Inject
    Event<TenantDispatcher.Requested> dispatches;
    @Inject
    Clock clock;
    @Inject
    LookupCache lookups;

    /** Takes the tenant's routing lock (until the transaction ends) and returns the settings. */
    RoutingSettings lock() {
        return settings.lock().current();
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The tenant's settings without the routing lock, for work that touches one conversation only: from the lookup
     * cache, as every chat line asks (a change on any node is seen by the next lookup: {@link LookupCache}).
     */
    RoutingSettings settings() {
        return lookups.routing(tenant.requireTenant(), () -> settings.current().current());
    }

    /**
     * The tenant's skill groups as a new conversation reads them (kind, enabled, members), from the lookup cache:
     * an arrival or a line does not read the groups and their members from the database each time.
     */
    Map<Long, GroupCard> groupCards() {
        return lookups.groups(tenant.requireTenant(), () -> {
            Map<Long, GroupCard> cards = new HashMap<>();
            groups.list(0, MAX_GROUPS).forEach(g -> cards.put(g.getId(), GroupCard.of(g)));
            return cards;
        });
    }

    /** The conversation for reading only: no row lock, so a reader never waits for a chat line. */
    Conversation existing(long id) {
        return conversations.find(id).orElseThrow(() -> new NotFoundException("conversation " + id + " not found")
                .coded("conversation.notFound", id));
    }

    /** The conversation, its row held until the transaction ends (see {@link ConversationRepository#lock}). */
    Conversation conversation(long id) {
        return conversations.lock(id).orElseThrow(() -> new NotFoundException("conversation " + id + " not found")
                .coded("conversation.notFound", id));
    }

    AgentSeat seat(long agentId) {
        return seats.find(agentId).orElseThrow(() -> new NotFoundException("agent " + agentId + " not found")
                .coded("agent.notFound", agentId));
    }

    // ---- arrival and dispatch -----------------------------------------------------------------------------

    /** A conversation asks for human agents of these groups: assigned, queued, or told nobody is online. */
    void arrive(RoutingSettings s, Conversation c, List<Long> candidateGroups) {
        Instant now = now();
        c.enqueue(candidateGroups, now);
        Loaded loaded = load(s, candidateGroups, now);
        boolean anyoneSignedIn = candidateGroups.stream().map(loaded.board::group).filter(Objects::nonNull)
                .filter(GroupState::enabled).flatMap(g -> g.members().stream())
                .map(m -> loaded.board.seat(m.agentId())).anyMatch(seat -> seat != null && seat.status().signedIn());
        if (!anyoneSignedIn) {
            end(s, c, EndReason.NOBODY_ONLINE, "NOBODY_ONLINE", s.in(c.language()).messages().nobodyOnline());
            return;
        }
        long previous = s.previousAgentFirst() ? conversations.lastAgentOf(c.getVisitorId()).orElse(0L) : 0L;
        List<Assignment> made = engine.arrive(loaded.board, c.getId(), c.getPriority(), candidateGroups, previous,
                Duration.ofSeconds(s.previousAgentWaitSeconds()), now);
        apply(s, loaded, made, now);
        WaitingConversation waiting = loaded.board.queue().get(c.getId()).orElse(null);
        if (waiting != null) {
            QueueEntry entry = new QueueEntry(waiting, now);
            conversations.addEntry(entry);
            announceQueued(s, c, entry, now);
            event("QUEUED", c, null, candidateGroups.get(0), null, now);
            c.refreshDeadline(s);
        }
    }

    /**
     * A new conversation joins the queue of these groups in the caller's transaction, without the tenant's routing
     * lock: the tenant's dispatcher ({@link TenantDispatcher}) assigns it once this transaction committed, or tells
     * the visitor their place. Reads only what the arrival itself needs: whether anyone of the groups is signed in
     * (else the visitor is told nobody is online at once), and the previous agent's seat (RT-5 reservation).
     */
    void enqueueArrival(RoutingSettings s, Conversation c, List<Long> candidateGroups) {
        Instant now = now();
        c.enqueue(candidateGroups, now);
        Map<Long, GroupCard> cards = groupCards();
        List<GroupCard> enabled = candidateGroups.stream().map(cards::get).filter(Objects::nonNull)
                .filter(GroupCard::enabled).toList();
        Set<Long> members = new LinkedHashSet<>();
        enabled.forEach(g -> g.members().forEach(m -> members.add(m.agentId())));
        if (!seats.anySignedIn(members)) {
            end(s, c, EndReason.NOBODY_ONLINE, "NOBODY_ONLINE", s.in(c.language()).messages().nobodyOnline());
            return;
        }
        long previous = s.previousAgentFirst() ? conversations.lastAgentOf(c.getVisitorId()).orElse(0L) : 0L;
        List<SeatState> previousSeat = previous == 0 ? List.of() : seats.find(previous)
                .map(seat -> List.of(seat.toSeatState(s.maxConcurrentPerAgent(), today(s, now)))).orElse(List.of());
        RoutingBoard board = new RoutingBoard(previousSeat, enabled.stream().map(GroupCard::toGroupState).toList(), List.of());
        WaitingConversation waiting = engine.arrival(board, c.getId(), c.getPriority(), candidateGroups, previous,
                Duration.ofSeconds(s.previousAgentWaitSeconds()), now);
        conversations.addEntry(new QueueEntry(waiting, now).unannounced());
        c.refreshDeadline(s);
        dispatches.fire(new TenantDispatcher.Requested(tenant.requireTenant(), List.copyOf(candidateGroups)));
    }

    /**
     * The tenant's dispatcher, under the routing lock: places what waits in these groups and in the groups of every
     * arrival not yet announced, then tells each arrival still waiting its place.
     */
    void dispatchQueued(Collection<Long> requested) {
        RoutingSettings s = lock();
        List<QueueEntry> arrivals = conversations.unannounced(ARRIVALS_PER_ROUND);
        if (arrivals.size() == ARRIVALS_PER_ROUND) {
            // more wait: another round once this commits, so the lock is released in between for closes and others
            dispatches.fire(new TenantDispatcher.Requested(tenant.requireTenant(), List.of()));
        }
        conversations.lockAll(arrivals.stream().map(QueueEntry::getConversationId).toList());
        Set<Long> scope = new LinkedHashSet<>(requested);
        arrivals.forEach(e -> scope.addAll(e.getGroupIds()));
        dispatch(s, scope);
        Instant now = now();
        List<QueueEntry> waiting = arrivals.stream()
                .filter(e -> conversation(e.getConversationId()).getState() == ConversationState.QUEUED).toList();
        if (waiting.isEmpty()) {
            return;
        }
        // every place from one read of the queue, not one count per arrival
        Map<Long, Integer> placeOf = new HashMap<>();
        QueuePositions.of(conversations.waiting(PLACES_READ)).forEach(p -> placeOf.put(p.conversationId(), p.position()));
        for (QueueEntry e : waiting) {
            Conversation c = conversation(e.getConversationId());
            e.announced();
            Integer place = placeOf.get(c.getId());
            announceQueued(s, c, e, place != null ? place : conversations.position(e), now);
            event("QUEUED", c, null, e.getGroupIds().get(0), null, now);
        }
    }

    private void announceQueued(RoutingSettings s, Conversation c, QueueEntry entry, Instant now) {
        announceQueued(s, c, entry, conversations.position(entry), now);
    }

    /**
     * Tells the visitor they wait: for the agent who served them last while the conversation is reserved for that
     * agent (RT-5: another agent being free is not "all busy"), else their place in the queue.
     */
    private void announceQueued(RoutingSettings s, Conversation c, QueueEntry entry, int position, Instant now) {
        Long previous = entry.getPreferredAgentId();
        if (previous != null && entry.getPreferredUntil() != null && entry.getPreferredUntil().isAfter(now)) {
            String name = seats.find(previous).map(AgentSeat::getDisplayName).orElse("");
            say(c, "PREVIOUS_AGENT", MessageTemplate.render(s.in(c.language()).messages().previousAgentBusy(),
                    Map.of(MessageTemplate.AGENT, name, MessageTemplate.USER, c.getVisitorName())), now);
            return;
        }
        say(c, "QUEUED", queuedText(s, c, position), now);
    }

    private static String queuedText(RoutingSettings s, Conversation c, int position) {
        return MessageTemplate.render(s.in(c.language()).messages().allBusy(), Map.of(MessageTemplate.NUM, position - 1,
                MessageTemplate.INDEX, position, MessageTemplate.USER, c.getVisitorName()));
    }

    /** Capacity may exist in these groups: give waiting conversations to eligible agents. */
    void dispatch(RoutingSettings s, Collection<Long> scope) {
        if (scope.isEmpty()) {
            return;
        }
        Instant now = now();
        Loaded loaded = load(s, scope, now);
        apply(s, loaded, engine.dispatch(loaded.board, scope, now), now);
    }

    /** The agent just became ready: dispatch their groups, at most the ready burst to them (RT-4). */
    void agentReady(RoutingSettings s, AgentSeat seat) {
        List<Long> scope = groupsOf(seat.getAgentId());
        if (scope.isEmpty()) {
            return;
        }
        Instant now = now();
        Loaded loaded = load(s, scope, now);
        apply(s, loaded, engine.agentReady(loaded.board, seat.getAgentId(), s.readyBurst(), now), now);
    }

    /** The member the group's strategy would pick for a new conversation, never the current agent. */
    Optional<Long> pickInGroup(RoutingSettings s, long groupId, long exclude, Instant now) {
        SkillGroup group = groups.find(groupId).orElseThrow(() -> new NotFoundException("skill group " + groupId + " not found")
                .coded("skillGroup.notFound", groupId));
        var today = today(s, now);
        List<SeatState> states = seats.findAll(group.getMembers().stream().map(m -> m.getAgentId()).toList()).stream()
                .map(seat -> seat.toSeatState(s.maxConcurrentPerAgent(), today)).toList();
        GroupState g = group.toGroupState(0);
        RoutingBoard board = new RoutingBoard(states, List.of(g), List.of());
        WaitingConversation probe = new WaitingConversation(-1, 0, Long.MAX_VALUE, List.of(groupId), 0, null, exclude);
        return Optional.ofNullable(engine.pick(board, g, probe, now)).map(SeatState::agentId);
    }

    /** The groups whose queues an agent's freed capacity can serve. */
    List<Long> groupsOf(long agentId) {
        return groups.ofMember(agentId).stream().map(SkillGroup::getId).toList();
    }

    private void apply(RoutingSettings s, Loaded loaded, List<Assignment> made, Instant now) {
        LocalDate today = today(s, now);
        List<Long> ids = made.stream().map(Assignment::conversationId).toList();
        conversations.lockAll(ids);
        // each offer previews the visitor's latest line: read for the whole round at once, not one query per offer
        Map<Long, ConversationMessage> previews = conversations.lastVisitorMessages(ids);
        for (Assignment a : made) {
            Conversation c = conversation(a.conversationId());
            conversations.findEntry(a.conversationId()).ifPresent(conversations::removeEntry);
            c.assign(a.agentId(), a.groupId(), now);
            AgentSeat seat = loaded.seats.get(a.agentId());
            seat.assigned(now, today);
            loaded.groups.get(a.groupId()).lastAssignedTo(a.agentId());
            say(c, "ASSIGNED", MessageTemplate.render(s.in(c.language()).messages().assigned(),
                    Map.of(MessageTemplate.AGENT, seat.getDisplayName(), MessageTemplate.USER, c.getVisitorName())), now);
            say(c, "WELCOME", s.in(c.language()).messages().welcome(), now);
            ConversationMessage preview = previews.get(c.getId());
            event("ASSIGNED", c, a.agentId(), a.groupId(), a.previousAgent() ? "previous-agent" : null, now,
                    preview == null ? null : MessageViews.of(preview));
            c.refreshDeadline(s);
        }
    }

    /** Reads groups, their members' seats and the head of their queues, enough for any decision on them. */
    private Loaded load(RoutingSettings s, Collection<Long> scope, Instant now) {
        Loaded loaded = new Loaded();
        loadGroups(scope, loaded);
        // the closure of the scope over the waiting conversations' candidate groups: the engine may place an entry
        // through any of its groups and then has to see that group's queue too
        List<QueueEntry> entries = conversations.queueOf(scope, freeCapacity(s, loaded) + QUEUE_SLACK);
        while (true) {
            Set<Long> more = new LinkedHashSet<>();
            entries.forEach(e -> more.addAll(e.getGroupIds()));
            more.removeAll(loaded.groups.keySet());
            if (more.isEmpty()) {
                break;
            }
            loadGroups(more, loaded);
            entries = conversations.queueOf(loaded.groups.keySet(), freeCapacity(s, loaded) + QUEUE_SLACK);
        }
        Set<Long> allGroups = loaded.groups.keySet();
        Map<Long, Integer> open = conversations.openCountByGroup(allGroups);
        LocalDate today = today(s, now);
        List<SeatState> seatStates = loaded.seats.values().stream()
                .map(seat -> seat.toSeatState(s.maxConcurrentPerAgent(), today)).toList();
        List<GroupState> groupStates = loaded.groups.values().stream()
                .map(g -> g.toGroupState(open.getOrDefault(g.getId(), 0))).toList();
        loaded.board = new RoutingBoard(seatStates, groupStates, entries.stream().map(QueueEntry::toWaiting).toList());
        return loaded;
    }

    /** Free slots of the loaded seats: no dispatch can place more waiting conversations than this. */
    private static int freeCapacity(RoutingSettings s, Loaded loaded) {
        int free = 0;
        for (AgentSeat seat : loaded.seats.values()) {
            free += Math.max(0, seat.effectiveCap(s.maxConcurrentPerAgent()) - seat.getOpenConversations());
        }
        return free;
    }

    private void loadGroups(Collection<Long> ids, Loaded loaded) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> agents = new LinkedHashSet<>();
        for (SkillGroup g : groups.findAll(ids)) {
            loaded.groups.put(g.getId(), g);
            g.getMembers().stream().map(GroupMember::getAgentId).forEach(agents::add);
        }
        agents.removeAll(loaded.seats.keySet());
        seats.findAll(agents).forEach(seat -> loaded.seats.put(seat.getAgentId(), seat));
    }

    private static final class Loaded {
        final Map<Long, SkillGroup> groups = new HashMap<>();
        final Map<Long, AgentSeat> seats = new HashMap<>();
        RoutingBoard board;
    }

    // ---- endings and re-routing ---------------------------------------------------------------------------

    /**
     * Ends a conversation and frees its agent (with wrap-up when configured); the tenant's dispatcher gives the
     * capacity to the queue right after this commits.
     */
    void end(RoutingSettings s, Conversation c, EndReason reason, String code, String message) {
        Instant now = now();
        Long agentId = c.getState() == ConversationState.ASSIGNED ? c.getAgentId() : null;
        Long groupId = c.getSkillGroupId();
        if (c.getState() == ConversationState.QUEUED) {
            conversations.findEntry(c.getId()).ifPresent(conversations::removeEntry);
        }
        c.end(reason, now);
        if (message != null) {
            say(c, code, message, now);
        }
        event("ENDED", c, agentId, groupId, reason.name(), now);
        if (agentId != null) {
            AgentSeat seat = seat(agentId);
            seat.released();
            if (reason == EndReason.AGENT_CLOSED && s.wrapUp().enabled()) {
                seat.startWrapUp(now.plus(s.wrapUp().duration()), now);
                event("AGENT_WRAP_UP", null, agentId, null, null, now);
            }
            Set<Long> scope = new LinkedHashSet<>(groupsOf(agentId));
            if (groupId != null) {
                scope.add(groupId);
            }
            // the freed slot goes to the head of the queue in the tenant dispatcher's next round, once this commits:
            // the closes of a busy minute share a few rounds (one read of the groups' seats and queues each) instead
            // of each reading them again while it holds the tenant's lock
            dispatches.fire(new TenantDispatcher.Requested(tenant.requireTenant(), List.copyOf(scope)));
        }
    }

    /** RT-6: the agent did not answer in time; back to the queue in its old place, never to the same agent. */
    void reroute(RoutingSettings s, Conversation c) {
        Instant now = now();
        long agentId = c.getAgentId();
        AgentSeat seat = seat(agentId);
        seat.released();
        List<Long> candidates = c.getCandidateGroups().isEmpty() ? List.of(c.getSkillGroupId()) : c.getCandidateGroups();
        event("REROUTED", c, agentId, c.getSkillGroupId(), null, now);
        c.enqueue(candidates, now);
        QueueEntry entry = new QueueEntry(new WaitingConversation(c.getId(), c.getPriority(), c.getId(), candidates,
                0, null, agentId), now);
        conversations.addEntry(entry);
        Set<Long> scope = new LinkedHashSet<>(candidates);
        scope.addAll(groupsOf(agentId));
        dispatch(s, scope);
        if (c.getState() == ConversationState.QUEUED) {
            announceQueued(s, c, entry, now);
        }
        c.refreshDeadline(s);
    }

    // ---- messages, events, timers -------------------------------------------------------------------------

    void say(Conversation c, String code, String text, Instant at) {
        post(c, ConversationMessage.system(c, code, text, at));
    }

    /** Stores a transcript line and announces it (pushed to the sockets once the transaction commits). */
    void post(Conversation c, ConversationMessage m) {
        conversations.addMessage(m);
        messages.fire(new MessagePosted(tenant.requireTenant(), c.getId(), c.getAgentId(), c.getChannel(),
                c.getVisitorId(), MessageViews.of(m)));
    }

    void event(String type, Conversation c, Long agentId, Long groupId, String detail, Instant at) {
        event(type, c, agentId, groupId, detail, at, null);
    }

    private void event(String type, Conversation c, Long agentId, Long groupId, String detail, Instant at,
            MessageView preview) {
        Long conversationId = c == null ? null : c.getId();
        conversations.addEvent(new ConversationEvent(type, conversationId, agentId, groupId, detail, at));
        events.fire(new RoutingEvent(tenant.requireTenant(), type, conversationId, agentId, groupId, detail, at,
                preview));
    }

    LocalDate today(RoutingSettings s, Instant now) {
        return LocalDate.ofInstant(now, s.zone());
    }
}
