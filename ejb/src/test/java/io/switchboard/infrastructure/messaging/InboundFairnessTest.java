package io.switchboard.infrastructure.messaging;

import static io.switchboard.infrastructure.messaging.InboundFairness.BULK;
import static io.switchboard.infrastructure.messaging.InboundFairness.NORMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InboundFairnessTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final InboundFairness fairness = new InboundFairness(10, now::get);

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void everyLineIsBulkUntilTheQueueWasSeenEmptyAfterAStart() {
        assertEquals(BULK, fairness.priorityOf("t1", "v1"));
        fairness.stored("t1", "v1");
        fairness.recovered();
        assertEquals(NORMAL, fairness.priorityOf("t1", "v1"));
    }

    @Test
    void aTenantOverItsRateIsBulkWhileAQuietTenantStaysNormal() {
        fairness.recovered();
        for (int i = 0; i < 10; i++) {
            assertEquals(NORMAL, fairness.priorityOf("busy", "v" + i), "within the rate");
        }
        assertEquals(BULK, fairness.priorityOf("busy", "v10"), "the 11th line within a second");
        assertEquals(NORMAL, fairness.priorityOf("quiet", "w1"), "another tenant is not affected");
        advanceMillis(2_100);
        assertEquals(NORMAL, fairness.priorityOf("busy", "v11"), "the burst is over");
    }

    @Test
    void aSenderWithBulkLinesWaitingStaysBulkSoItsLinesKeepTheirOrder() {
        fairness.recovered();
        for (int i = 0; i < 10; i++) {
            fairness.priorityOf("busy", "filler" + i);
        }
        assertEquals(BULK, fairness.priorityOf("busy", "v"));
        assertEquals(BULK, fairness.priorityOf("busy", "v"));
        advanceMillis(5_000); // the burst is long over, but two of v's lines still wait at BULK
        assertEquals(BULK, fairness.priorityOf("busy", "v"), "a NORMAL line would overtake the waiting ones");
        fairness.stored("busy", "v");
        fairness.stored("busy", "v");
        assertEquals(BULK, fairness.priorityOf("busy", "v"), "the third is still waiting");
        fairness.stored("busy", "v");
        fairness.stored("busy", "v");
        assertEquals(0, fairness.waitingSenders());
        assertEquals(NORMAL, fairness.priorityOf("busy", "v"), "nothing of v waits: back to normal");
    }

    @Test
    void aFailedSendDoesNotKeepTheSenderBulk() {
        assertEquals(BULK, fairness.priorityOf("t", "v"));
        fairness.notSent("t", "v", BULK);
        fairness.recovered();
        assertEquals(NORMAL, fairness.priorityOf("t", "v"));
        fairness.notSent("t", "v", NORMAL);
        assertEquals(0, fairness.waitingSenders());
    }

    @Test
    void theRateSlidesOverTheLastSecond() {
        fairness.recovered();
        for (int i = 0; i < 10; i++) {
            fairness.priorityOf("t", "v" + i);
        }
        advanceMillis(1_500); // half of the last second's 10 still count
        for (int i = 0; i < 5; i++) {
            assertEquals(NORMAL, fairness.priorityOf("t", "w" + i));
        }
        assertEquals(BULK, fairness.priorityOf("t", "x"));
    }
}
