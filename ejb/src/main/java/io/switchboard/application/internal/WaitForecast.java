package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.QueuePositions;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.RollupCounters;
import io.switchboard.domain.model.report.WaitEstimate;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.GroupCard;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Predicted waits of queued visitors ({@link WaitEstimate}): each group's average handle time over the last
 * {@value #DAYS} days of rollups (kept a minute per tenant and node) and the open-chat slots of its agents who take
 * new work now (read when asked).
 */
@ApplicationScoped
public class WaitForecast {

    static final int DAYS = 7;
    private static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    ReportRepository reports;
    @Inject
    AgentSeatRepository seats;
    @Inject
    RoutingDesk desk;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    private record Handle(Instant at, Map<Long, Long> averageMs) {
    }

    private final Map<String, Handle> handleTimes = new ConcurrentHashMap<>();

    /** The places with their predicted waits (null where nothing can be predicted). */
    public List<QueuePositions.Place> estimate(List<QueuePositions.Place> places) {
        if (places.isEmpty()) {
            return places;
        }
        Set<Long> groups = new LinkedHashSet<>();
        places.forEach(p -> {
            if (p.groupId() != null) {
                groups.add(p.groupId());
            }
        });
        Map<Long, Integer> slots = slots(groups);
        Map<Long, Long> handle = handleTimes();
        List<QueuePositions.Place> out = new ArrayList<>(places.size());
        for (QueuePositions.Place p : places) {
            Long wait = p.groupId() == null ? null
                    : WaitEstimate.seconds(p.position(), handle.get(p.groupId()), slots.getOrDefault(p.groupId(), 0));
            out.add(p.withWait(wait));
        }
        return out;
    }

    /** One visitor's predicted wait at {@code position} in {@code groupId}'s queue, or null. */
    public Long seconds(long groupId, int position) {
        return WaitEstimate.seconds(position, handleTimes().get(groupId), slots(Set.of(groupId)).getOrDefault(groupId, 0));
    }

    /** The open-chat slots of each group's members who take new work now (示闲): their caps, summed. */
    private Map<Long, Integer> slots(Set<Long> groups) {
        Map<Long, GroupCard> cards = desk.groupCards();
        Set<Long> members = new LinkedHashSet<>();
        for (Long g : groups) {
            GroupCard card = cards.get(g);
            if (card != null && card.enabled()) {
                card.members().forEach(m -> members.add(m.agentId()));
            }
        }
        if (members.isEmpty()) {
            return Map.of();
        }
        RoutingSettings s = desk.settings();
        Map<Long, Integer> capOf = new HashMap<>();
        for (AgentSeat seat : seats.findAll(members)) {
            if (seat.getStatus().receivesNewWork() && !seat.isForcedOffline()) {
                capOf.put(seat.getAgentId(), seat.effectiveCap(s.maxConcurrentPerAgent()));
            }
        }
        Map<Long, Integer> slots = new HashMap<>();
        for (Long g : groups) {
            GroupCard card = cards.get(g);
            if (card != null && card.enabled()) {
                slots.put(g, card.members().stream().mapToInt(m -> capOf.getOrDefault(m.agentId(), 0)).sum());
            }
        }
        return slots;
    }

    private Map<Long, Long> handleTimes() {
        String t = tenant.requireTenant();
        Instant now = clock.instant();
        Handle h = handleTimes.get(t);
        if (h == null || h.at().plus(KEEP).isBefore(now) || h.at().isAfter(now)) {
            Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Map<Long, Long> average = new HashMap<>();
            for (ReportRepository.Keyed<Long> k : reports.sumByGroup(
                    new ReportRepository.Slice(to.minus(Duration.ofDays(DAYS)), to, null, null, null))) {
                RollupCounters c = k.counters();
                if (c.segmentsEnded() > 0) {
                    average.put(k.key(), c.handleMsSum() / c.segmentsEnded());
                }
            }
            h = new Handle(now, average);
            handleTimes.put(t, h);
        }
        return h.averageMs();
    }
}
