package io.switchboard.domain.model.report.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.report.FactKind;
import io.switchboard.domain.model.report.RaisedFact;
import io.switchboard.domain.model.report.ReportFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionFoldTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2030-03-03 23:59:40 in Shanghai, a Sunday: the conversation is created on Sunday, served on Monday. */
    private static final Instant T0 = Instant.parse("2030-03-03T15:59:40Z");

    private static Instant t(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static ReportFact fact(long conversation, FactKind kind, int at, Instant bucket, Long agent, Long value,
                                   int count, String detail) {
        return new ReportFact(new RaisedFact(kind, t(at), bucket, agent, 3L, value, count, detail), conversation, "WEB",
                "site-1");
    }

    @Test
    void aConversationAndEachAgentsPartGetTheirOwnRow() {
        SessionFold fold = new SessionFold(SHANGHAI, List.of(), Map.of(1L, new SessionFold.Origin("v-1")));
        Instant partA = t(30);
        Instant partB = t(300);
        fold.add(fact(1, FactKind.ARRIVED, 0, t(0), null, null, 0, null))
                .add(fact(1, FactKind.QUEUED, 0, t(0), null, null, 0, null))
                .add(fact(1, FactKind.QUEUE_LEFT, 30, t(0), 7L, 30_000L, 0, null))
                .add(fact(1, FactKind.SEGMENT_STARTED, 30, partA, 7L, null, 0, null))
                .add(fact(1, FactKind.FIRST_REPLY, 40, partA, 7L, 10_000L, 0, null))
                .add(fact(1, FactKind.REPLY, 40, partA, 7L, 10_000L, 0, null))
                .add(fact(1, FactKind.REPLY, 80, partA, 7L, 20_000L, 0, null))
                .add(fact(1, FactKind.TRANSFER_OUT, 300, partA, 7L, null, 0, null))
                .add(fact(1, FactKind.SEGMENT_ENDED, 300, partA, 7L, 270_000L, 4, RaisedFact.VALID))
                .add(fact(1, FactKind.SEGMENT_STARTED, 300, partB, 8L, null, 0, null))
                .add(fact(1, FactKind.TRANSFER_IN, 300, partB, 8L, null, 0, null))
                .add(fact(1, FactKind.SEGMENT_ENDED, 360, partB, 8L, 60_000L, 0, RaisedFact.INVALID))
                .add(fact(1, FactKind.RATED, 370, partB, 8L, 5L, 0, null))
                .add(fact(1, FactKind.QA_SCORED, 400, partB, 8L, 80L, 0, null))
                .add(fact(1, FactKind.QA_SCORED, 410, partB, 8L, 10L, 0, RaisedFact.RESCORE));

        assertEquals(3, fold.created().size(), "the conversation and two parts");
        ReportSession c = fold.conversationRow(1);
        assertTrue(c.isConversation());
        assertEquals(1, c.getQueued());
        assertEquals(1, c.getQueueExits());
        assertEquals(30_000, c.getQueueMsSum());
        assertEquals(7L, c.getAgentId(), "the agent who took it from the queue");
        assertEquals("v-1", c.getVisitorId());
        assertTrue(c.isValid(), "the visitor wrote while agent 7 had it");
        assertEquals(LocalDate.parse("2030-03-03"), c.getLocalDay(), "created on Sunday, Shanghai time");
        assertEquals(LocalDate.parse("2030-02-25"), c.getLocalWeek(), "the week begins on Monday");
        assertEquals(LocalDate.parse("2030-03-01"), c.getLocalMonth());
        assertEquals(LocalDateTime.parse("2030-03-03T23:00"), c.getLocalHour());

        ReportSession a = fold.partRow(1, 7, partA);
        assertEquals(SessionType.INBOUND, a.getSessionType());
        assertEquals(LocalDate.parse("2030-03-04"), a.getLocalDay(), "picked up on Monday");
        assertEquals(10_000L, a.getFirstReplyMs());
        assertEquals(2, a.getReplies());
        assertEquals(30_000, a.getReplyMsSum());
        assertEquals(20_000, a.getReplyMsMax());
        assertTrue(a.isEnded());
        assertEquals(270_000, a.getDurationMs());
        assertEquals(4, a.getLines());
        assertTrue(a.isValid());

        ReportSession b = fold.partRow(1, 8, partB);
        assertEquals(SessionType.TRANSFER, b.getSessionType());
        assertFalse(b.isValid());
        assertNull(b.getFirstReplyMs(), "agent 8 never wrote");
        assertEquals(5, b.getRatingSum());
        assertEquals(1, b.getRatings());
        assertEquals(90, b.getQaSum(), "80, then changed to 90");
        assertEquals(1, b.getQaScores());
    }

    @Test
    void laterFactsChangeTheRowsAlreadyStored() {
        SessionFold first = new SessionFold(SHANGHAI, List.of(), Map.of(2L, new SessionFold.Origin("v-2")));
        first.add(fact(2, FactKind.ARRIVED, 0, t(0), null, null, 0, null))
                .add(fact(2, FactKind.SEGMENT_STARTED, 5, t(5), 7L, null, 0, RaisedFact.PROACTIVE));
        List<ReportSession> stored = first.created();

        SessionFold later = new SessionFold(SHANGHAI, stored, Map.of());
        later.add(fact(2, FactKind.FIRST_REPLY, 6, t(5), 7L, 1_000L, 0, null))
                .add(fact(2, FactKind.SEGMENT_ENDED, 65, t(5), 7L, 60_000L, 3, RaisedFact.VALID));
        assertTrue(later.created().isEmpty(), "no new row: the stored ones changed");
        ReportSession c = stored.get(0);
        assertEquals(SessionType.PROACTIVE, c.getSessionType(), "the agent started it");
        assertEquals(7L, c.getAgentId());
        assertEquals(0, c.getQueueExits(), "it never queued: no queue time counted");
        assertTrue(c.isValid());
        ReportSession p = stored.get(1);
        assertEquals(SessionType.PROACTIVE, p.getSessionType());
        assertEquals(60_000, p.getDurationMs());
        assertEquals(java.util.Set.of(LocalDate.of(2030, 3, 3)), later.touchedDays(),
                "the sealed day these rows belong to is opened again");
    }

    @Test
    void theDaysOfTheRowsTouchedAreKnown() {
        SessionFold fold = new SessionFold(SHANGHAI, List.of(), Map.of());
        fold.add(fact(4, FactKind.ARRIVED, 0, t(0), null, null, 0, null))
                .add(fact(4, FactKind.SEGMENT_STARTED, 30, t(30), 7L, null, 0, null));
        assertEquals(java.util.Set.of(LocalDate.of(2030, 3, 3), LocalDate.of(2030, 3, 4)), fold.touchedDays(),
                "created on Sunday, picked up on Monday");
        SessionFold late = new SessionFold(SHANGHAI, fold.created(), Map.of());
        late.add(fact(4, FactKind.QA_SCORED, 90_000, t(30), 7L, 80L, 0, null))
                .add(fact(4, FactKind.SUMMARY, 90_000, t(30), 7L, null, 0, null));
        assertEquals(java.util.Set.of(LocalDate.of(2030, 3, 4)), late.touchedDays(), "only the part's day");
        SessionFold none = new SessionFold(SHANGHAI, fold.created(), Map.of());
        none.add(fact(4, FactKind.TRANSFER_OUT, 60, t(30), 7L, null, 0, null));
        assertTrue(none.touchedDays().isEmpty(), "the rollups' facts touch no row");
    }

    @Test
    void aDayIsOverAtMidnightInTheTenantsZone() {
        // Monday 2030-03-04 in Shanghai is over at 16:00 UTC, not before
        assertFalse(SessionCube.over(LocalDate.of(2030, 3, 4), Instant.parse("2030-03-04T15:59:59Z"), SHANGHAI));
        assertTrue(SessionCube.over(LocalDate.of(2030, 3, 4), Instant.parse("2030-03-04T16:00:00Z"), SHANGHAI));
    }

    @Test
    void aWithdrawnOfferAndAnAbandonAreToldApart() {
        SessionFold fold = new SessionFold(SHANGHAI, List.of(), Map.of());
        fold.add(fact(3, FactKind.ARRIVED, 0, t(0), null, null, 0, null))
                .add(fact(3, FactKind.QUEUED, 0, t(0), null, null, 0, null))
                .add(fact(3, FactKind.SEGMENT_STARTED, 2, t(2), 7L, null, 0, null))
                .add(fact(3, FactKind.SEGMENT_ENDED, 32, t(2), 7L, 0L, 0, RaisedFact.WITHDRAWN))
                .add(fact(3, FactKind.ABANDONED, 40, t(0), null, 40_000L, 0, "VISITOR_LEFT"))
                .add(fact(3, FactKind.RATED, 41, t(41), null, 1L, 0, null));
        assertTrue(fold.partRow(3, 7, t(2)).isWithdrawn());
        ReportSession c = fold.conversationRow(3);
        assertEquals(40_000, c.getQueueMsMax());
        assertNull(c.getAgentId(), "abandoned: nobody took it");
        assertNull(c.getVisitorId(), "no origin known: no visitor");
        assertEquals(2, fold.created().size(), "a rating with no agent has no part to go to");
    }

    @Test
    void metricsAreWorkedOutFromTheSums() {
        SessionTotals t = new SessionTotals(3, 2, 50_000, 40_000, 2, 4, 10, 3, 300_000, 200_000, 2, 30_000, 20_000,
                4, 60_000, 25_000, 2, 9, 1, 90);
        assertEquals(25_000.0, t.value(ReportMetric.AVG_QUEUE_TIME));
        assertEquals(40_000L, t.value(ReportMetric.MAX_QUEUE_TIME));
        assertEquals(3L, t.value(ReportMetric.TIMES_QUEUED));
        assertEquals(2L, t.value(ReportMetric.UNIQUE_VISITORS));
        assertEquals(90.0, t.value(ReportMetric.AVG_QA_SCORE));
        assertEquals(4.5, t.value(ReportMetric.AVG_SATISFACTION));
        assertEquals(4L, t.value(ReportMetric.SESSIONS));
        assertEquals(10L, t.value(ReportMetric.MESSAGES));
        assertEquals(100_000.0, t.value(ReportMetric.AVG_DURATION));
        assertEquals(15_000.0, t.value(ReportMetric.AVG_FIRST_RESPONSE));
        assertEquals(15_000.0, t.value(ReportMetric.AVG_RESPONSE));
        assertEquals(25_000L, t.value(ReportMetric.MAX_RESPONSE));
        assertNull(SessionTotals.NONE.value(ReportMetric.AVG_DURATION), "an average of nothing is undefined");
        assertNull(SessionTotals.NONE.value(ReportMetric.MAX_FIRST_RESPONSE));
        assertEquals(0L, SessionTotals.NONE.value(ReportMetric.SESSIONS));
    }

    @Test
    void aSpecIsRefusedWithTheFieldNamed() {
        assertEquals("metrics: choose 1 to 10", assertThrows(IllegalArgumentException.class,
                () -> CustomReportSpec.parse(List.of(), List.of(), null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomReportSpec.parse(
                List.of("SESSIONS", "MESSAGES", "AVG_DURATION", "MAX_DURATION", "AVG_RESPONSE", "MAX_RESPONSE",
                        "AVG_FIRST_RESPONSE", "MAX_FIRST_RESPONSE", "AVG_QA_SCORE", "AVG_SATISFACTION", "TIMES_QUEUED"),
                List.of(), null)).getMessage().startsWith("metrics:"));
        assertEquals("dimensions: at most 2", assertThrows(IllegalArgumentException.class, () -> CustomReportSpec.parse(
                List.of("SESSIONS"), List.of("AGENT", "CHANNEL", "VALIDITY"), null)).getMessage());
        assertEquals("metrics: unknown code nope", assertThrows(IllegalArgumentException.class,
                () -> CustomReportSpec.parse(List.of("nope"), List.of(), null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomReportSpec.parse(List.of("SESSIONS"),
                List.of("TIME"), null)).getMessage().startsWith("granularity:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomReportSpec.parse(List.of("SESSIONS",
                "sessions"), List.of(), null)).getMessage().startsWith("metrics: each"));
        CustomReportSpec ok = CustomReportSpec.parse(List.of("sessions", "AVG_QUEUE_TIME"), List.of("time", "agent"), "day");
        assertEquals(Granularity.DAY, ok.granularity());
        assertTrue(ok.needsCreationRows() && ok.needsPartRows());
        assertEquals(List.of(ReportMetric.SESSIONS), ok.narrowedTo(List.of(ReportMetric.SESSIONS)).metrics());
        assertThrows(IllegalArgumentException.class, () -> ok.narrowedTo(List.of(ReportMetric.MESSAGES)));
        assertNull(CustomReportSpec.parse(List.of("SESSIONS"), List.of("AGENT"), "DAY").granularity(),
                "no time dimension: no granularity");
    }

    @Test
    void theRollupsServeReportsByAgentChannelAssociationAndTimeWithoutDistinctVisitors() {
        assertTrue(RollupCube.serves(CustomReportSpec.parse(List.of("SESSIONS", "AVG_QUEUE_TIME", "MAX_RESPONSE"),
                List.of("AGENT", "TIME"), "WEEK")));
        assertTrue(RollupCube.serves(CustomReportSpec.parse(List.of("TIMES_QUEUED"), List.of("CHANNEL"), null)));
        assertFalse(RollupCube.serves(CustomReportSpec.parse(List.of("TIMES_QUEUED"), List.of("AGENT"), null)),
                "the rollups count a queueing before any agent took the conversation");
        assertFalse(RollupCube.serves(CustomReportSpec.parse(List.of("UNIQUE_VISITORS"), List.of(), null)));
        assertFalse(RollupCube.serves(CustomReportSpec.parse(List.of("SESSIONS"), List.of("VALIDITY"), null)));
        assertFalse(RollupCube.serves(CustomReportSpec.parse(List.of("SESSIONS"), List.of("VISITOR_TAG"), null)));
        assertEquals("2030-03-04", RollupCube.timeKey(LocalDate.parse("2030-03-06"), Granularity.WEEK, SHANGHAI));
        assertEquals("2030-03-01", RollupCube.timeKey(LocalDate.parse("2030-03-06"), Granularity.MONTH, SHANGHAI));
        assertEquals("2030-03-04T09:00", RollupCube.timeKey(Instant.parse("2030-03-04T01:00:00Z"), Granularity.HOUR,
                SHANGHAI));
    }
}
