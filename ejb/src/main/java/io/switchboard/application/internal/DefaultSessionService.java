package io.switchboard.application.internal;

import io.switchboard.application.SessionService;
import io.switchboard.domain.model.conversation.SessionLog;
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
import java.util.List;

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

    @Override
    public List<SessionView> search(SessionQuery query, int offset, int limit) {
        Instant now = clock.instant();
        return log.search(filter(query), offset, limit).stream().map(e -> view(e, now)).toList();
    }

    @Override
    public long count(SessionQuery query) {
        return log.count(filter(query));
    }

    private static SessionLog.Filter filter(SessionQuery q) {
        SessionQuery query = q == null ? SessionQuery.all() : q;
        return new SessionLog.Filter(query.open(), query.channel(), query.skillGroupId(), query.agentId(), query.from(),
                query.to(), query.visitor());
    }

    static SessionView view(SessionLog.Entry e, Instant now) {
        Instant end = e.endedAt() == null ? now : e.endedAt();
        Instant served = e.assignedAt();
        long wait = Duration.between(e.createdAt(), served == null ? end : served).toSeconds();
        long duration = Duration.between(e.createdAt(), end).toSeconds();
        return new SessionView(e.id(), e.visitorId(), e.visitorName(), e.channel(), e.state().name(),
                e.endReason() == null ? null : e.endReason().name(), e.agentId(), e.agentName(), e.skillGroupId(),
                e.skillGroupName(), e.createdAt(), served, e.endedAt(), Math.max(0, wait), Math.max(0, duration),
                e.ip(), e.region(), e.rating());
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
