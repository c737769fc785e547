package io.switchboard.domain.model.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.MemoryEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is browsing now (issue 18, item 23): a visit survives a page change, ends after its grace, and stays per tenant;
 * in a cluster (issue 19) two nodes share the visits, and a dead node's sockets stop counting.
 */
class LiveVisitsTest {

    private final MemoryEntries shared = MemoryEntries.of(10_000);
    private final LiveVisits visits = new LiveVisits(shared, "node-a");
    private final LiveVisits otherNode = new LiveVisits(shared, "node-b");
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
    void aVisitWithoutSocketsIsKeptOnlyForTheVisitGap() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        assertNull(shared.keep("t1\nv1"), "kept while a socket is open");
        visits.left("t1", "v1", t0.plusSeconds(5));
        assertEquals(LiveVisits.VISIT_GAP, shared.keep("t1\nv1"), "the store forgets it once the visit is over");
    }

    @Test
    void tabsOnTwoNodesKeepTheVisitorUntilBothClose() {
        visits.arrived("t1", "v1", 7, "zh", t0);
        LiveVisits.Visit both = otherNode.arrived("t1", "v1", 7, "zh", t0.plusSeconds(1));
        assertEquals(2, both.sockets());
        assertEquals(2, both.pages());
        assertEquals(1, visits.left("t1", "v1", t0.plusSeconds(2)), "the tab on the other node is still open");
        assertEquals(List.of("v1"), ids(otherNode.browsing("t1", t0.plus(Duration.ofHours(1)), 10)), "listed on both nodes");
        assertEquals(List.of("v1"), ids(visits.browsing("t1", t0.plus(Duration.ofHours(1)), 10)));
        assertEquals(0, otherNode.left("t1", "v1", t0.plusSeconds(3)));
    }

    @Test
    void aDeadNodesSocketsStopCountingAndTheGraceStartsThen() {
        otherNode.arrived("t1", "v1", 7, "zh", t0);
        visits.arrived("t1", "v2", 7, "zh", t0);
        Instant gone = t0.plus(Duration.ofHours(2));
        assertEquals(1, visits.nodesGone(List.of("node-b"), gone));
        assertEquals(0, visits.of("t1", "v1", gone).orElseThrow().sockets());
        assertEquals(List.of("v2"), ids(visits.browsing("t1", gone.plus(LiveVisits.GRACE), 10)),
                "v1 left with the node; v2's socket on the live node still counts");
    }

    @Test
    void oddNodeNamesAndMissingLanguagesSurviveTheirText() {
        LiveVisits odd = new LiveVisits(shared, "host=1 a\tb/9");
        odd.arrived("t1", "v1", 7, null, t0);
        LiveVisits.Visit v = visits.of("t1", "v1", t0).orElseThrow();
        assertEquals(java.util.Map.of("host=1 a\tb/9", 1), v.socketsOn());
        assertNull(v.language());
    }

    private static List<String> ids(List<LiveVisits.Visit> list) {
        return list.stream().map(LiveVisits.Visit::visitorId).toList();
    }
}
