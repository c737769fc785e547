package io.switchboard.domain.model.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is browsing now (issue 18, item 23): a visit survives a page change, ends after its grace, and stays per tenant. */
class LiveVisitsTest {

    private final LiveVisits visits = new LiveVisits();
    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aPageChangeContinuesTheVisitAndCountsThePage() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        visits.left("t1", "v1", t0.plusSeconds(60));
        LiveVisits.Visit v = visits.arrived("t1", "v1", 7, "zh", t0.plusSeconds(62));
        assertEquals(t0, v.startedAt(), "the same visit");
        assertEquals(2, v.pages());
        assertEquals(List.of("v1"), ids(visits.browsing("t1", t0.plusSeconds(63), 10)));
    }

    @Test
    void aVisitorWithoutASocketLeavesAfterTheGrace() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        visits.left("t1", "v1", t0.plusSeconds(10));
        assertEquals(List.of("v1"), ids(visits.browsing("t1", t0.plusSeconds(10).plus(LiveVisits.GRACE).minusSeconds(1), 10)),
                "the next page may be loading");
        assertEquals(List.of(), ids(visits.browsing("t1", t0.plusSeconds(10).plus(LiveVisits.GRACE), 10)));
        assertTrue(visits.of("t1", "v1", t0.plusSeconds(10).plus(LiveVisits.GRACE)).isEmpty());
    }

    @Test
    void twoTabsKeepTheVisitorUntilBothClose() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        visits.arrived("t1", "v1", 7, "zh", t0.plusSeconds(1));
        visits.left("t1", "v1", t0.plusSeconds(2));
        assertEquals(List.of("v1"), ids(visits.browsing("t1", t0.plus(Duration.ofHours(1)), 10)), "one tab is still open");
    }

    @Test
    void aVisitAfterALongGapIsANewOne() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        visits.left("t1", "v1", t0.plusSeconds(5));
        Instant later = t0.plus(LiveVisits.VISIT_GAP).plusSeconds(60);
        LiveVisits.Visit v = visits.arrived("t1", "v1", 7, "en", later);
        assertEquals(later, v.startedAt());
        assertEquals(1, v.pages());
        assertEquals("en", v.language());
    }

    @Test
    void tenantsSeeOnlyTheirOwnVisitorsNewestFirstAndLimited() {
        visits.arrived("t1", "old", 7, "zh", t0);
        visits.arrived("t1", "new", 7, "zh", t0.plusSeconds(5));
        visits.arrived("t2", "other", 9, "zh", t0);
        assertEquals(List.of("new", "old"), ids(visits.browsing("t1", t0.plusSeconds(6), 10)));
        assertEquals(List.of("new"), ids(visits.browsing("t1", t0.plusSeconds(6), 1)));
        assertEquals(List.of("other"), ids(visits.browsing("t2", t0.plusSeconds(6), 10)));
    }

    @Test
    void visitsOverForGoodAreForgottenEvenWhenNobodyLooks() {
        for (int i = 0; i < LiveVisits.PRUNE_EVERY - 1; i++) {
            visits.arrived("t1", "v" + i, 7, "zh", t0);
            visits.left("t1", "v" + i, t0);
        }
        visits.arrived("t1", "late", 7, "zh", t0.plus(LiveVisits.VISIT_GAP).plusSeconds(1));
        assertEquals(1, visits.remembered(), "only the visitor still browsing");
    }

    private static List<String> ids(List<LiveVisits.Visit> list) {
        return list.stream().map(LiveVisits.Visit::visitorId).toList();
    }
}
