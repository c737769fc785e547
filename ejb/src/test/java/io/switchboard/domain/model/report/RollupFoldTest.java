package io.switchboard.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts folded into hourly rows, and the KPIs over them, against figures worked out by hand. */
class RollupFoldTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private static ReportFact fact(FactKind kind, Instant bucket, Long agent, Long group, Long value, int count,
            String detail) {
        return new ReportFact(new RaisedFact(kind, bucket, bucket, agent, group, value, count, detail), 1L, "WEB", null);
    }

    @Test
    void anAgentsStatusIntervalIsCutAtTheHours() {
        // ONLINE from 09:40 to 11:10 with the tenant's cap (count -1 → 3): 20 min at 9, 60 at 10, 10 at 11
        Map<RollupKey, RollupCounters> rows = new RollupFold(3)
                .add(fact(FactKind.AGENT_STATE, NINE.plusSeconds(40 * 60), 42L, null, 90 * 60_000L, -1, "ONLINE"))
                .increments();
        assertEquals(List.of(NINE, NINE.plusSeconds(3600), NINE.plusSeconds(7200)),
                rows.keySet().stream().map(RollupKey::hour).toList());
        assertEquals(List.of(20 * 60_000L, 60 * 60_000L, 10 * 60_000L),
                rows.values().stream().map(RollupCounters::onlineMs).toList());
        assertEquals(90 * 60_000L * 3, rows.values().stream().mapToLong(RollupCounters::capacityMs).sum(),
                "capacity: 90 min × cap 3");
    }

    @Test
    void kpisByTheirDefinitions() {
        RollupFold fold = new RollupFold(5);
        Instant b = NINE.plusSeconds(60);
        // answered after 4 s, 15 s, 25 s and 70 s; abandoned after 3 s (short) and 40 s
        for (long ms : List.of(4_000L, 15_000L, 25_000L, 70_000L)) {
            fold.add(fact(FactKind.ANSWERED, b, 42L, 7L, ms, 0, null));
        }
        fold.add(fact(FactKind.ABANDONED, b, null, 7L, 3_000L, 0, "VISITOR_LEFT"));
        fold.add(fact(FactKind.ABANDONED, b, null, 7L, 40_000L, 0, "QUEUE_TIMEOUT"));
        // two parts of 5 and 7 minutes, 1 minute of wrap-up; the agent ONLINE 60 minutes with a cap of 2
        fold.add(fact(FactKind.SEGMENT_ENDED, b, 42L, 7L, 300_000L, 10, RaisedFact.VALID));
        fold.add(fact(FactKind.SEGMENT_ENDED, b, 42L, 7L, 420_000L, 4, RaisedFact.INVALID));
        fold.add(fact(FactKind.AGENT_STATE, NINE, 42L, null, 60_000L, 2, "WRAP_UP"));
        fold.add(fact(FactKind.AGENT_STATE, NINE.plusSeconds(60), 42L, null, 3_540_000L, 2, "ONLINE"));
        RollupCounters sum = new RollupCounters();
        fold.increments().values().forEach(sum::plus);

        Kpis k = Kpis.of(sum, 20, 5);
        // SL = within 20 s (4, 15) ÷ (4 answered + 2 abandoned − 1 short) = 2 / 5
        assertEquals(0.4, k.serviceLevel(), 1e-9);
        assertEquals((4_000 + 15_000 + 25_000 + 70_000) / 4, k.asaMs());
        assertEquals(0.2, k.abandonmentRate(), 1e-9, "1 of 5 (the short one does not count)");
        assertEquals((300_000 + 420_000 + 60_000) / 2, k.ahtMs(), "parts + wrap-up over 2 parts");
        assertEquals(720_000.0 / (3_600_000 * 2), k.occupancy(), 1e-9, "12 min in chats of 60 min × cap 2");
        assertEquals(0.5, Kpis.of(sum, 30, 0).serviceLevel(), 1e-9, "T 30 s, every abandon counts: 3 of 6");
    }

    @Test
    void aRatioOverNothingIsNoFigure() {
        Kpis k = Kpis.of(new RollupCounters(), 20, 5);
        assertNull(k.serviceLevel());
        assertNull(k.asaMs());
        assertNull(k.abandonmentRate());
        assertNull(k.occupancy());
        assertNull(k.ahtMs());
    }

    @Test
    void aWithdrawnOfferTakesBackTheSessionItsStartCounted() {
        RollupCounters c = new RollupFold(1)
                .add(fact(FactKind.SEGMENT_STARTED, NINE, 42L, 7L, null, 0, null))
                .add(fact(FactKind.SEGMENT_ENDED, NINE, 42L, 7L, 0L, 0, RaisedFact.WITHDRAWN))
                .increments().values().iterator().next();
        assertEquals(0, c.sessions());
        assertEquals(0, c.segmentsEnded());
    }
}
