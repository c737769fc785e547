package io.switchboard.application.internal;

import io.switchboard.application.FeedbackService;
import io.switchboard.application.MessageView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.ServiceSummaryService;
import io.switchboard.application.SessionService;
import io.switchboard.domain.model.conversation.ConversationEvent;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.SessionLog;
import io.switchboard.domain.model.feedback.FeedbackRepository;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.infrastructure.sheet.Spreadsheets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultSessionService implements SessionService {

    static final int MAX_EXPORT = 50_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    SessionLog log;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    Clock clock;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;
    @Inject
    ServiceSummaryService summaries;
    @Inject
    FeedbackRepository feedback;

    /** Lines of one transcript the console shows at most. */
    static final int MAX_LINES = 5_000;

    @Override
    public List<SessionView> search(SessionQuery query, int offset, int limit) {
        Instant now = clock.instant();
        return log.search(filter(query), offset, limit).stream().map(e -> view(e, now)).toList();
    }

    @Override
    public long count(SessionQuery query, int upTo) {
        return log.count(filter(query), upTo + 1);
    }

    private static SessionLog.Filter filter(SessionQuery q) {
        SessionQuery query = q == null ? SessionQuery.all() : q;
        SessionService.Inspect inspect = query.inspect() == null ? new SessionService.Inspect(null, null, null)
                : query.inspect();
        return new SessionLog.Filter(query.open(), query.channel(), query.skillGroupId(), query.agentId(), query.from(),
                query.to(), query.visitor(), inspect.maxRating(),
                inspect.minServiceSeconds() == null ? null : inspect.minServiceSeconds() * 1000,
                inspect.minResponseSeconds() == null ? null : inspect.minResponseSeconds() * 1000);
    }

    static SessionView view(SessionLog.Entry e, Instant now) {
        Instant end = e.endedAt() == null ? now : e.endedAt();
        Instant served = e.servedAt();
        long wait = Duration.between(e.createdAt(), served == null ? end : served).toSeconds();
        long duration = Duration.between(e.createdAt(), end).toSeconds();
        return new SessionView(e.id(), e.visitorId(), e.visitorName(), e.channel(), e.state().name(),
                e.endReason() == null ? null : e.endReason().name(), e.agentId(), e.agentName(), e.skillGroupId(),
                e.skillGroupName(), e.createdAt(), served, e.endedAt(), Math.max(0, wait), Math.max(0, duration),
                e.ip(), e.region(), e.rating());
    }

    @Override
    public SessionDetail detail(long conversationId) {
        SessionView session = log.find(conversationId).map(e -> view(e, clock.instant()))
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " not found")
                        .coded("conversation.notFound", conversationId));
        List<ConversationMessage> messages = new ArrayList<>();
        for (long after = 0; messages.size() < MAX_LINES; ) {
            List<ConversationMessage> page = conversations.messagesAfter(conversationId, after, 1000);
            messages.addAll(page);
            if (page.size() < 1000) {
                break;
            }
            after = page.get(page.size() - 1).getSeq();
        }
        List<ConversationEvent> events = conversations.events(conversationId, List.of("TRANSFERRED", "TRANSFERRED_AWAY"));
        Set<Long> agentIds = new HashSet<>();
        messages.forEach(m -> agentIds.add(m.getAgentId()));
        events.forEach(e -> agentIds.add(e.getAgentId()));
        Names names = Names.of(conversations, seats, List.of(), agentIds);
        List<TranscriptLine> lines = messages.stream().map(m -> {
            MessageView v = MessageViews.of(m);
            String author = switch (v.sender()) {
                case "VISITOR" -> session.visitorName() != null ? session.visitorName() : session.visitorId();
                case "AGENT" -> names.agent(v.agentId());
                default -> null;
            };
            return new TranscriptLine(v.seq(), v.sentAt(), v.sender(), author, v.code(), v.body(), v.attachment(),
                    v.recalled());
        }).toList();
        return new SessionDetail(session, lines, transfers(events, names), summaries.of(conversationId).orElse(null),
                feedback.ratingOf(conversationId).map(r -> new FeedbackService.RatingView(r.getId(),
                        r.getConversationId(), r.getAgentId(), names.agent(r.getAgentId()), session.visitorId(),
                        session.visitorName(), r.getScore(), r.getComment(), r.getCreatedAt())).orElse(null));
    }

    /**
     * A completed transfer is two events of one moment: TRANSFERRED names the receiver (and, from this release on,
     * the giver's note), TRANSFERRED_AWAY the giver.
     */
    private static List<TransferNote> transfers(List<ConversationEvent> events, Names names) {
        List<TransferNote> notes = new ArrayList<>();
        for (ConversationEvent e : events) {
            if (!"TRANSFERRED".equals(e.getType())) {
                continue;
            }
            String from = events.stream().filter(a -> "TRANSFERRED_AWAY".equals(a.getType())
                    && a.getOccurredAt().equals(e.getOccurredAt())).findFirst()
                    .map(a -> names.agent(a.getAgentId())).orElse(null);
            String note = e.getDetail() == null || e.getDetail().matches("from \\d+") ? null : e.getDetail();
            notes.add(new TransferNote(e.getOccurredAt(), from, names.agent(e.getAgentId()), note));
        }
        return notes;
    }

    @Override
    public byte[] export(SessionQuery query, boolean xlsx) {
        ZoneId zone = settings.current().current().zone();
        List<List<String>> rows = new ArrayList<>();
        for (int offset = 0; offset < MAX_EXPORT; offset += 500) {
            List<SessionView> page = search(query, offset, 500);
            for (SessionView v : page) {
                rows.add(Arrays.asList(String.valueOf(v.id()), v.visitorId(), v.visitorName(), v.channel(), v.state(),
                        v.endReason(), v.agentName(), v.skillGroupName(), time(v.enquiredAt(), zone),
                        time(v.servedAt(), zone), time(v.endedAt(), zone), String.valueOf(v.waitSeconds()),
                        String.valueOf(v.durationSeconds()), v.ip(), v.region(),
                        v.rating() == null ? "" : v.rating().toString()));
            }
            if (page.size() < 500) {
                break;
            }
        }
        return Spreadsheets.write(xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV,
                List.of("会话ID", "访客ID", "访客名称", "渠道", "状态", "结束原因", "坐席", "技能组", "咨询时间", "接入时间",
                        "结束时间", "等待时长(秒)", "会话时长(秒)", "IP", "地区", "满意度"), rows);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
