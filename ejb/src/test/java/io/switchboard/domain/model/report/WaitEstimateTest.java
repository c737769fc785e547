package io.switchboard.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    @Test
    void placeTimesHandleTimeOverSlots() {
        assertEquals(60L, WaitEstimate.seconds(1, 60_000L, 1));
        assertEquals(180L, WaitEstimate.seconds(3, 60_000L, 1));
        assertEquals(36L, WaitEstimate.seconds(3, 120_000L, 10), "3 × 120 s ÷ 10 slots");
        assertEquals(5L, WaitEstimate.seconds(1, 10_000L, 2), "5 s, rounded");
    }

    @Test
    void nothingToPredictFromGivesNoPrediction() {
        assertNull(WaitEstimate.seconds(1, null, 3), "the group served nobody yet");
        assertNull(WaitEstimate.seconds(1, 60_000L, 0), "nobody takes new work");
        assertNull(WaitEstimate.seconds(0, 60_000L, 3), "not in the queue");
    }
}
