package io.switchboard.domain.model.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.report.FactKind;
import io.switchboard.domain.model.report.RaisedFact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reporting facts a conversation's transitions raise (issue 21), with their values worked out by hand. */
class ServiceFiguresTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static String kinds(List<RaisedFact> facts) {
        return facts.stream().map(f -> f.kind() + (f.valueMs() == null ? "" : "=" + f.valueMs())).toList().toString();
    }

    @Test
    void aServedConversationRaisesItsQueueAnswerRepliesAndEnd() {
        Conversation c = new Conversation("v1", "v1", "WEB", "site-a", null, 0, at(0));
        c.enqueue(List.of(7L), at(2));
        c.visitorWrote(at(3)); // while queued: no reply owed to an agent yet
        c.assign(42, 7, at(12));
        assertEquals("[ARRIVED, QUEUED, QUEUE_LEFT=10000, SEGMENT_STARTED]", kinds(c.drainFacts()));
        assertTrue(c.drainFacts().isEmpty(), "handed out once");

        c.agentWrote(at(20)); // first reply 8 s after the pickup, and the answer 18 s after joining the queue
        c.visitorWrote(at(30));
        c.visitorWrote(at(35));
        c.agentWrote(at(45)); // answers the line of 30 s: 15 s
        c.agentWrote(at(50)); // owes nothing: no response time
        c.end(EndReason.AGENT_CLOSED, at(72));
        List<RaisedFact> facts = c.drainFacts();
        assertEquals("[FIRST_REPLY=8000, REPLY=8000, ANSWERED=18000, REPLY=15000, SEGMENT_ENDED=60000]", kinds(facts));
        RaisedFact ended = facts.get(facts.size() - 1);
        assertEquals(5, ended.count(), "the visitor's 2 and the agent's 3 lines in the part (not the line while queued)");
        assertEquals(RaisedFact.VALID, ended.detail());
        assertEquals(at(12), ended.bucketAt(), "service figures count at the pickup");
        assertEquals(T0, facts.get(2).bucketAt(), "queue figures count at the creation");
        assertEquals(at(12), c.figures().getFirstServedAt());
    }

    @Test
    void aTransferEndsTheFirstAgentsPartAndStartsTheSecondOnesWithoutMovingTheFirstPickup() {
        Conversation c = new Conversation("v1", "v1", "WEB", null, null, 0, at(0));
        c.enqueue(List.of(7L), at(0));
        c.assign(42, 7, at(5));
        c.agentWrote(at(9));
        c.drainFacts();
        c.requestTransfer(43, 8L, "VIP", at(30));
        c.completeTransfer(8, at(40));
        List<RaisedFact> facts = c.drainFacts();
        assertEquals("[TRANSFER_OUT, SEGMENT_ENDED=35000, SEGMENT_STARTED, TRANSFER_IN]", kinds(facts));
        assertEquals(42L, facts.get(1).agentId());
        assertEquals(RaisedFact.INVALID, facts.get(1).detail(), "the visitor did not write to the first agent");
        assertEquals(43L, facts.get(2).agentId());
        assertEquals(8L, facts.get(2).groupId());
        c.visitorWrote(at(50));
        c.agentWrote(at(56));
        c.end(EndReason.VISITOR_CLOSED, at(100));
        assertEquals("[FIRST_REPLY=16000, REPLY=16000, SEGMENT_ENDED=60000]", kinds(c.drainFacts()));
        assertEquals(at(5), c.figures().getFirstServedAt(), "the wait ends at the first agent's pickup");
    }

    @Test
    void endingWhileQueuedIsAnAbandonUnlessItNeverWaited() {
        Conversation left = new Conversation("v1", "v1", "WEB", null, null, 0, at(0));
        left.enqueue(List.of(7L, 8L), at(1));
        left.end(EndReason.VISITOR_LEFT, at(4));
        List<RaisedFact> facts = left.drainFacts();
        assertEquals("[ARRIVED, QUEUED, ABANDONED=3000]", kinds(facts));
        assertEquals(7L, facts.get(2).groupId(), "the first candidate group");

        Conversation refused = new Conversation("v2", "v2", "WEB", null, null, 0, at(0));
        refused.enqueue(List.of(7L), at(1));
        refused.end(EndReason.NOBODY_ONLINE, at(1));
        assertEquals("[ARRIVED, QUEUED]", kinds(refused.drainFacts()));
    }

    @Test
    void anUnansweredOfferGoesBackToTheQueueAndTakesItsPartBack() {
        Conversation c = new Conversation("v1", "v1", "WEB", null, null, 0, at(0));
        c.enqueue(List.of(7L), at(0));
        c.assign(42, 7, at(3));
        c.enqueue(List.of(7L), at(33)); // RT-6: agent 42 did not answer
        c.assign(43, 7, at(40));
        c.answer(at(41));
        List<RaisedFact> facts = c.drainFacts();
        assertEquals("[ARRIVED, QUEUED, QUEUE_LEFT=3000, SEGMENT_STARTED, SEGMENT_ENDED=0, QUEUED, QUEUE_LEFT=7000, "
                + "SEGMENT_STARTED, ANSWERED=8000]", kinds(facts));
        assertEquals(RaisedFact.WITHDRAWN, facts.get(4).detail());
        assertEquals(at(40), c.figures().getFirstServedAt(), "agent 42 never served it");
    }

    @Test
    void ratingsAndSummariesCountForTheLatestPart() {
        Conversation c = new Conversation("v1", "v1", "WEB", null, null, 0, at(0));
        c.enqueue(List.of(7L), at(0));
        c.assign(42, 7, at(3));
        c.end(EndReason.AGENT_CLOSED, at(60));
        c.drainFacts();
        c.rated(4, at(70));
        c.summaryWritten(at(80));
        List<RaisedFact> facts = c.drainFacts();
        assertEquals("[RATED=4, SUMMARY]", kinds(facts));
        assertEquals(at(3), facts.get(0).bucketAt());
        assertEquals(42L, facts.get(1).agentId());
        assertNull(facts.get(1).valueMs());
    }
}
