package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.MessageRecalled;
import io.switchboard.application.MessageView;
import io.switchboard.application.ModerationService;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.event.Event;
import io.switchboard.application.NewConversation;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.QueueItemView;
import io.switchboard.domain.model.attachment.Attachment;
import io.switchboard.domain.model.attachment.AttachmentRepository;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.Language;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.conversation.QueueEntry;
import io.switchboard.domain.model.conversation.QueuePositions;
import io.switchboard.domain.model.desk.DeskSettingsRepository;
import io.switchboard.domain.model.feedback.FeedbackRepository;
import io.switchboard.domain.model.summary.ServiceSummaryRepository;
import io.switchboard.domain.model.routing.MessageTemplate;
import io.switchboard.domain.model.routing.RouteResolver;
import io.switchboard.domain.model.routing.RouteTarget;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.SeatState;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.GroupCard;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultConversationService implements ConversationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    AttachmentRepository attachments;
    @Inject
    WaitForecast forecast;
    @Inject
    ModerationService moderation;
    @Inject
    Event<MessageRecalled> recalls;
    @Inject
    TenantContext tenant;
    @Inject
    RoutingDesk desk;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    SkillGroupRepository groups;
    @Inject
    DeskSettingsRepository settings;
    @Inject
    ServiceSummaryRepository summaries;
    @Inject
    FeedbackRepository feedback;
    @Inject
    io.switchboard.domain.model.visitor.VisitorRepository visitors;
    @Inject
    FlowRuntime flows;

    @Override
    public ConversationView request(NewConversation r) {
        RoutingSettings s = desk.lock();
        Instant now = desk.now();
        requireChosenGroup(r.skillGroupId());
        Conversation c = new Conversation(r.visitorId(), r.visitorName(), r.channel(), r.association(), r.entry(),
                r.priority(), now).speaking(Language.of(r.lang()));
        conversations.add(c);
        RouteTarget target = RouteResolver.resolve(s, now, r.channel(), r.association(), r.entry(), r.skillGroupId(),
                enabledGroups(r.channel()));
        route(s, c, target, now);
        return view(c);
    }

    /** A group named by the request must be an enabled group of this tenant: 404 (naming the field) or 409. */
    private void requireChosenGroup(Long skillGroupId) {
        if (skillGroupId != null && !groups.find(skillGroupId).orElseThrow(() -> new NotFoundException("skillGroupId",
                "skill group " + skillGroupId + " not found").coded("skillGroup.notFound", skillGroupId)).isEnabled()) {
            throw new ConflictException("skill group " + skillGroupId + " is disabled")
                    .coded("skillGroup.disabled", skillGroupId);
        }
    }

    private void route(RoutingSettings s, Conversation c, RouteTarget target, Instant now) {
        if (target instanceof RouteTarget.OffHours) {
            desk.end(s, c, EndReason.OFF_HOURS, "OFF_HOURS", s.in(c.language()).workHours().offHoursMessage());
        } else if (target instanceof RouteTarget.Bot bot) {
            desk.event("IN_FLOW", c, null, null, "bot", now);
            c.refreshDeadline(s);
            if (bot.flowId() != null && !flows.start(s, c, bot.flowId(), bot.fallback())) {
                flows.toAgents(s, c, bot.fallback()); // the flow is gone or unpublished: the agents take it
            }
        } else if (((RouteTarget.Groups) target).skillGroupIds().isEmpty()) {
            desk.end(s, c, EndReason.NOBODY_ONLINE, "NOBODY_ONLINE", s.in(c.language()).messages().nobodyOnline());
        } else {
            desk.arrive(s, c, ((RouteTarget.Groups) target).skillGroupIds());
        }
    }

    /** Enabled groups of the channel's kind, in id order ("any free agent"), from the cached group cards. */
    private List<Long> enabledGroups(String channel) {
        SkillGroupKind kind = "PHONE".equalsIgnoreCase(channel) ? SkillGroupKind.PHONE : SkillGroupKind.ONLINE;
        return desk.groupCards().values().stream().filter(g -> g.enabled() && g.kind() == kind)
                .map(GroupCard::id).sorted().toList();
    }

    @Override
    public ConversationView handOff(long conversationId, Long skillGroupId) {
        RoutingSettings s = desk.lock();
        Conversation c = desk.conversation(conversationId);
        requireChosenGroup(skillGroupId); // else another tenant's group id would be queued for
        if (c.getState() != ConversationState.IN_FLOW) {
            throw new ConflictException("conversation " + conversationId + " is " + c.getState() + ", not in a flow")
                    .coded("conversation.notInFlow", conversationId, c.getState());
        }
        Instant now = desk.now();
        RouteTarget target = RouteResolver.resolve(s, now, c.getChannel(), c.getAssociation(), c.getEntry(),
                skillGroupId, enabledGroups(c.getChannel()));
        if (target instanceof RouteTarget.Bot bot) {
            target = new RouteTarget.Groups(bot.fallback());
        }
        route(s, c, target, now);
        return view(c);
    }

    @Override
    public ConversationView get(long conversationId) {
        return view(desk.existing(conversationId));
    }

    @Override
    public List<ConversationView> list(String state, int offset, int limit) {
        return conversations.list(parseState(state), offset, limit).stream().map(this::view).toList();
    }

    @Override
    public long count(String state) {
        return conversations.count(parseState(state));
    }

    private static ConversationState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ConversationState.valueOf(state.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown conversation state '" + state + "'");
        }
    }

    @Override
    public List<MessageView> transcript(long conversationId, long afterSeq, int limit) {
        desk.existing(conversationId);
        return conversations.messagesAfter(conversationId, afterSeq, limit).stream()
                .map(MessageViews::of).toList();
    }

    @Override
    public List<Long> recalledSeqs(long conversationId) {
        desk.existing(conversationId);
        return conversations.recalledSeqs(conversationId);
    }

    @Override
    public void receiveVisitorMessage(String channel, String visitorId, String clientMessageId, String text,
            Long skillGroupId, String attachmentId, List<String> screened, String association, String entry,
            Language language) {
        Attachment file = attachmentId == null ? null : attachment(attachmentId);
        // screened once, by the endpoint that accepted the line; before any lock either way: it holds nothing
        List<String> flagged = screened != null ? screened : moderation.check(text).words();
        // a line changes its own conversation only, and a new conversation is queued for the tenant's dispatcher:
        // neither takes the tenant's routing lock. One visitor's lines come one at a time (the inbound queue groups
        // them by sender), so two lines cannot both start a conversation.
        RoutingSettings s = desk.settings();
        Optional<Long> open = conversations.openIdOf(visitorId, channel);
        if (open.isEmpty() && ChannelKind.WEB.name().equals(channel) && visitors.lock(channel, visitorId)) {
            // an agent may be starting a chat with this visitor right now (主动发起会话): the visitor's row orders the
            // two, so the line joins that chat rather than opening a second conversation
            open = conversations.openIdOf(visitorId, channel);
        }
        if (open.isPresent()) {
            Conversation c = desk.conversation(open.get()); // its row lock
            if (!c.getState().terminal()) {
                visitorLine(s, c, text, clientMessageId, file, flagged);
                return;
            }
            // it ended while this line was on its way: the line starts a new conversation
        }
        Instant now = desk.now();
        GroupCard entryGroup = skillGroupId == null ? null : desk.groupCards().get(skillGroupId);
        Long chosen = entryGroup != null && entryGroup.enabled() ? skillGroupId : null;
        Conversation c = new Conversation(visitorId, visitorId, channel, association, entry, 0, now).speaking(language);
        conversations.add(c);
        c.visitorWrote(now);
        desk.post(c, carrying(ConversationMessage.fromVisitor(c, text, clientMessageId, now), file).flag(flagged));
        RouteTarget target = RouteResolver.resolve(s, now, channel, association, entry, chosen, enabledGroups(channel));
        if (target instanceof RouteTarget.Groups g && !g.skillGroupIds().isEmpty()) {
            desk.enqueueArrival(s, c, g.skillGroupIds());
        } else {
            route(s, c, target, now); // ends it, or hands it to a flow: no agent and no capacity involved
        }
    }

    /** A visitor's line in a conversation that is already open: written, and its deadlines moved. */
    private void visitorLine(RoutingSettings s, Conversation c, String text, String clientMessageId,
            Attachment file, List<String> flagged) {
        Instant now = desk.now();
        c.visitorWrote(now);
        desk.post(c, carrying(ConversationMessage.fromVisitor(c, text, clientMessageId, now), file).flag(flagged));
        c.refreshDeadline(s);
        if (c.getState() == ConversationState.IN_FLOW) {
            flows.answer(s, c, text); // the conversation's flow, if one runs, takes the line as its answer
        }
    }

    @Override
    public Optional<ConversationView> latestOf(String visitorId, String channel) {
        return conversations.latestOf(visitorId, channel).map(this::view);
    }

    @Override
    public Optional<ConversationView> latestBefore(String visitorId, String channel, long beforeId) {
        return conversations.latestBefore(visitorId, channel, beforeId).map(this::view);
    }

    @Override
    public QueuePage queue(Long skillGroupId, int offset, int limit) {
        // one read of the whole queue: every place is counted in the same snapshot, so the places of a queue run
        // 1, 2, 3 … and an entry that leaves meanwhile is simply not in the answer (RT-7)
        List<QueueEntry> snapshot = conversations.queueSnapshot();
        int[] positions = QueuePositions.positions(snapshot, QueueEntry::getGroupIds);
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            if (positions[i] > 0 && (skillGroupId == null || snapshot.get(i).getGroupIds().contains(skillGroupId))) {
                shown.add(i);
            }
        }
        List<Integer> page = shown.subList(Math.min(offset, shown.size()), Math.min(offset + limit, shown.size()));
        Map<Long, Conversation> byId = new java.util.HashMap<>();
        conversations.findAll(page.stream().map(i -> snapshot.get(i).getConversationId()).toList())
                .forEach(c -> byId.put(c.getId(), c));
        List<QueueItemView> items = page.stream().map(i -> {
            QueueEntry e = snapshot.get(i);
            Conversation c = byId.get(e.getConversationId());
            return new QueueItemView(e.getConversationId(), positions[i], e.getPriority(), e.getGroupIds(),
                    c == null ? null : c.getVisitorName(), c == null ? null : c.getChannel(), e.getEnqueuedAt(),
                    e.getPreferredAgentId(), e.getPreferredUntil());
        }).toList();
        return new QueuePage(items, shown.size());
    }

    @Override
    public long queueLength(Long skillGroupId) {
        return conversations.queueLength(skillGroupId);
    }

    @Override
    public ConversationView agentMessage(long conversationId, long agentId, String text) {
        return view(writeAsAgent(conversationId, agentId, text));
    }

    @Override
    public void agentLine(long conversationId, long agentId, String text) {
        writeAsAgent(conversationId, agentId, text);
    }

    private Conversation writeAsAgent(long conversationId, long agentId, String text) {
        List<String> flagged = moderation.screen(text).words();
        // a line changes its conversation only: the row lock (in heldBy), not the tenant's routing lock
        RoutingSettings s = desk.settings();
        Conversation c = heldBy(conversationId, agentId);
        Instant now = desk.now();
        c.agentWrote(now);
        desk.post(c, ConversationMessage.fromAgent(c, agentId, text, now).flag(flagged));
        c.refreshDeadline(s);
        return c;
    }

    @Override
    public MessageView recall(long conversationId, long agentId, long seq) {
        desk.lock();
        Conversation c = desk.conversation(conversationId);
        ConversationMessage m = conversations.message(conversationId, seq)
                .orElseThrow(() -> new NotFoundException("message " + seq + " of conversation " + conversationId + " not found")
                        .coded("message.notFound", seq, conversationId));
        m.recall(agentId, desk.now());
        recalls.fire(new MessageRecalled(tenant.requireTenant(), conversationId, agentId, c.getChannel(),
                c.getVisitorId(), seq));
        return MessageViews.of(m);
    }

    @Override
    public ConversationView agentAttachment(long conversationId, long agentId, String attachmentId) {
        Attachment file = attachment(attachmentId);
        RoutingSettings s = desk.settings(); // the row lock (in heldBy), as for a text line
        Conversation c = heldBy(conversationId, agentId);
        Instant now = desk.now();
        c.agentWrote(now);
        desk.post(c, ConversationMessage.fromAgent(c, agentId, file.getFileName(), now).carrying(file));
        c.refreshDeadline(s);
        return view(c);
    }

    private Attachment attachment(String id) {
        return attachments.find(id).orElseThrow(() -> new NotFoundException("file " + id + " not found")
                .coded("file.notFound", id));
    }

    private static ConversationMessage carrying(ConversationMessage m, Attachment file) {
        return file == null ? m : m.carrying(file);
    }

    @Override
    public ConversationView accept(long conversationId, long agentId) {
        RoutingSettings s = desk.lock();
        Conversation c = heldBy(conversationId, agentId);
        c.answer(desk.now());
        desk.event("ACCEPTED", c, agentId, c.getSkillGroupId(), null, desk.now());
        c.refreshDeadline(s);
        return view(c);
    }

    @Override
    public ConversationView close(long conversationId, Long agentId) {
        RoutingSettings s = desk.lock();
        Conversation c = agentId == null ? desk.conversation(conversationId) : heldBy(conversationId, agentId);
        if (c.getState().terminal()) {
            throw new ConflictException("conversation " + conversationId + " has already ended (" + c.getState() + ")")
                    .coded("conversation.alreadyEnded", conversationId, c.getState());
        }
        if (agentId != null && settings.current().isSummaryRequired()
                && summaries.find(conversationId).isEmpty()) {
            throw new ConflictException("summary: write the service summary (服务小结) before ending conversation "
                    + conversationId).coded("conversation.summaryRequired", conversationId);
        }
        if (agentId != null) {
            desk.end(s, c, EndReason.AGENT_CLOSED, "SERVICE_ENDED", s.in(c.language()).messages().serviceEnded());
        } else if (c.getState() == ConversationState.ASSIGNED) {
            desk.end(s, c, EndReason.VISITOR_CLOSED, null, null);
        } else {
            desk.end(s, c, EndReason.VISITOR_LEFT, null, null);
        }
        return view(c);
    }

    @Override
    public ConversationView visitorPresence(long conversationId, boolean online) {
        Conversation c = desk.conversation(conversationId);
        presence(c, online);
        return view(c);
    }

    @Override
    public void visitorPresence(String visitorId, String channel, boolean online) {
        // every socket open and close asks: the open conversation's id (one indexed read), then its row only
        Optional<Long> open = conversations.openIdOf(visitorId, channel);
        if (open.isPresent()) {
            Conversation c = desk.conversation(open.get());
            if (!c.getState().terminal()) {
                presence(c, online);
            }
        }
    }

    /** Changes this conversation only (its offline deadline): the row lock, not the tenant's routing lock. */
    private void presence(Conversation c, boolean online) {
        RoutingSettings s = desk.settings();
        if (online) {
            c.visitorReconnected(desk.now());
        } else {
            c.visitorDisconnected(desk.now());
        }
        c.refreshDeadline(s);
    }

    @Override
    public ConversationView transfer(long conversationId, long fromAgentId, Long toAgentId, Long toGroupId, String note) {
        if ((toAgentId == null) == (toGroupId == null)) {
            throw new IllegalArgumentException("name either an agent or a skill group to transfer to");
        }
        RoutingSettings s = desk.lock();
        Conversation c = heldBy(conversationId, fromAgentId);
        Instant now = desk.now();
        long target;
        if (toAgentId != null) {
            AgentSeat seat = seats.find(toAgentId)
                    .orElseThrow(() -> new NotFoundException("toAgentId", "agent " + toAgentId + " not found")
                            .coded("agent.notFound", toAgentId));
            SeatState state = seat.toSeatState(s.maxConcurrentPerAgent(), desk.today(s, now));
            if (!state.status().signedIn() || state.open() >= state.cap()) {
                throw new ConflictException("agent " + toAgentId + " cannot take a transfer now ("
                        + state.status() + ", " + state.open() + "/" + state.cap() + ")")
                        .coded("transfer.agentUnavailable", toAgentId, state.status(), state.open(), state.cap());
            }
            target = toAgentId;
        } else {
            target = desk.pickInGroup(s, toGroupId, fromAgentId, now)
                    .orElseThrow(() -> new ConflictException("no agent of skill group " + toGroupId + " can take a transfer now")
                            .coded("transfer.groupUnavailable", toGroupId));
        }
        c.requestTransfer(target, toGroupId, note, now);
        AgentSeat from = desk.seat(fromAgentId);
        Map<String, Object> values = Map.of(MessageTemplate.AGENT, from.getDisplayName(),
                MessageTemplate.USER, c.getVisitorName(),
                MessageTemplate.TIME, TIME.format(now.atZone(s.zone())));
        String prompt = s.transfer().promptEnabled()
                ? MessageTemplate.render(s.transfer().promptTitle(), values) + " | "
                        + (note == null || note.isBlank() ? MessageTemplate.render(s.transfer().promptBody(), values) : note)
                : null;
        desk.event("TRANSFER_REQUESTED", c, target, toGroupId, prompt, now);
        c.refreshDeadline(s);
        return view(c);
    }

    @Override
    public ConversationView answerTransfer(long conversationId, long agentId, boolean accept) {
        RoutingSettings s = desk.lock();
        Conversation c = desk.conversation(conversationId);
        if (c.getTransferRequestedAt() == null || c.getTransferToAgentId() == null || c.getTransferToAgentId() != agentId) {
            throw new ConflictException("conversation " + conversationId + " has no transfer pending for agent " + agentId)
                    .coded("transfer.notPending", conversationId, agentId);
        }
        Instant now = desk.now();
        long fromAgent = c.getAgentId();
        Long group = c.getTransferToGroupId();
        String note = c.getTransferNote();
        if (!accept) {
            c.cancelTransfer();
            desk.event("TRANSFER_DECLINED", c, agentId, group, null, now);
            c.refreshDeadline(s);
            return view(c);
        }
        AgentSeat to = desk.seat(agentId);
        SeatState state = to.toSeatState(s.maxConcurrentPerAgent(), desk.today(s, now));
        if (state.open() >= state.cap()) {
            throw new ConflictException("agent " + agentId + " is at the cap (" + state.cap() + ")")
                    .coded("transfer.atCap", agentId, state.cap());
        }
        AgentSeat from = desk.seat(fromAgent);
        from.released();
        to.assigned(now, desk.today(s, now));
        c.completeTransfer(group != null ? group : c.getSkillGroupId(), now);
        if (s.transfer().successNoticeEnabled()) {
            desk.say(c, "TRANSFERRED", MessageTemplate.render(s.in(c.language()).transfer().successNotice(),
                    Map.of(MessageTemplate.AGENT, to.getDisplayName())), now);
        }
        // the giver's note stays with the conversation's events: the console's transcript shows it (issue 18)
        desk.event("TRANSFERRED", c, agentId, c.getSkillGroupId(), note == null || note.isBlank() ? null : note, now);
        desk.event("TRANSFERRED_AWAY", c, fromAgent, c.getSkillGroupId(), "to " + agentId, now); // the giver's workbench
        c.refreshDeadline(s);
        desk.dispatch(s, desk.groupsOf(fromAgent));
        return view(c);
    }

    private Conversation heldBy(long conversationId, long agentId) {
        Conversation c = desk.conversation(conversationId);
        if (c.getState() != ConversationState.ASSIGNED || c.getAgentId() == null || c.getAgentId() != agentId) {
            throw new ConflictException("conversation " + conversationId + " is not held by agent " + agentId)
                    .coded("conversation.notHeld", conversationId, agentId);
        }
        return c;
    }

    @Override
    public List<ConversationView> recentOf(long agentId, int limit) {
        Map<Long, Instant> when = new HashMap<>();
        List<Conversation> ended = conversations.ofAgent(agentId, false, 0, limit);
        ended.forEach(c -> when.put(c.getId(), c.getEndedAt()));
        Map<Long, Instant> away = conversations.transferredAwayBy(agentId, limit);
        away.forEach((id, at) -> when.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
        List<Conversation> all = new ArrayList<>(ended);
        Set<Long> have = new HashSet<>(when.keySet());
        ended.forEach(c -> have.remove(c.getId()));
        all.addAll(conversations.findAll(have));
        return all.stream().sorted(Comparator.comparing((Conversation c) -> when.get(c.getId())).reversed()
                .thenComparing(Conversation::getId, Comparator.reverseOrder())).limit(limit).map(this::view).toList();
    }

    @Override
    public List<ConversationView> ofAgent(long agentId, boolean open, int offset, int limit) {
        return conversations.ofAgent(agentId, open, offset, limit).stream().map(this::view).toList();
    }

    @Override
    public long countOfAgent(long agentId, boolean open) {
        return conversations.countOfAgent(agentId, open);
    }

    @Override
    public List<ConversationView> records(long agentId, String query, int offset, int limit) {
        return conversations.records(agentId, query, offset, limit).stream().map(this::view).toList();
    }

    @Override
    public long countRecords(long agentId, String query) {
        return conversations.countRecords(agentId, query);
    }

    @Override
    public ConversationView inviteRating(long conversationId, long agentId) {
        RoutingSettings s = desk.lock();
        Conversation c = heldBy(conversationId, agentId);
        if (feedback.ratingOf(conversationId).isPresent()) {
            throw new ConflictException("conversation " + conversationId + " is already rated")
                    .coded("conversation.alreadyRated", conversationId);
        }
        Instant now = desk.now();
        desk.say(c, "RATING_INVITED", s.in(c.language()).satisfactionInvite().message(), now);
        desk.event("RATING_INVITED", c, agentId, c.getSkillGroupId(), null, now);
        return view(c);
    }

    @Override
    public List<ConversationView> ofVisitor(String visitorId, String channel, int limit) {
        return conversations.ofVisitor(visitorId, channel, limit).stream().map(this::view).toList();
    }

    private ConversationView view(Conversation c) {
        Integer position = null;
        if (c.getState() == ConversationState.QUEUED) {
            position = conversations.findEntry(c.getId()).map(conversations::position).orElse(null);
        }
        String agentName = c.getAgentId() == null ? null : seats.find(c.getAgentId()).map(AgentSeat::getDisplayName).orElse(null);
        Long wait = position == null || c.getCandidateGroups().isEmpty() ? null
                : forecast.seconds(c.getCandidateGroups().get(0), position);
        return new ConversationView(c.getId(), c.getState().name(), c.getEndReason() == null ? null : c.getEndReason().name(),
                c.getVisitorId(), c.getVisitorName(), c.getChannel(), c.getPriority(), c.getAgentId(), agentName,
                c.getSkillGroupId(), c.getCandidateGroups(), position, position == null ? null : position - 1, wait,
                c.getTransferToAgentId(), c.getTransferToAgentId() == null ? null : c.getTransferNote(), c.getCreatedAt(), c.getQueuedAt(), c.getAssignedAt(), c.getAnsweredAt(),
                c.getEndedAt());
    }
}
