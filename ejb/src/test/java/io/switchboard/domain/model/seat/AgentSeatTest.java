package io.switchboard.domain.model.seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Seat states of RT-13 and caps of RT-4. */
class AgentSeatTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void becomingReadyIsReportedOnlyOnTheWayIntoOnline() {
        AgentSeat seat = new AgentSeat(3, "小王", T0);
        assertTrue(seat.changeStatus(AgentStatus.ONLINE, T0));
        assertFalse(seat.changeStatus(AgentStatus.ONLINE, T0.plusSeconds(1)));
        assertFalse(seat.changeStatus(AgentStatus.BREAK, T0.plusSeconds(2)));
        assertTrue(seat.changeStatus(AgentStatus.ONLINE, T0.plusSeconds(3)));
        assertThrows(IllegalArgumentException.class, () -> seat.changeStatus(AgentStatus.WRAP_UP, T0));
    }

    @Test
    void wrapUpEndsByTimeoutOrContinue() {
        AgentSeat seat = new AgentSeat(3, "小王", T0);
        seat.changeStatus(AgentStatus.ONLINE, T0);
        seat.startWrapUp(T0.plusSeconds(30), T0);
        assertEquals(AgentStatus.WRAP_UP, seat.getStatus());
        assertEquals(T0.plusSeconds(30), seat.wrapUpDeadline());
        assertFalse(seat.toSeatState(10, TODAY).canTakeMore());
        assertTrue(seat.finishWrapUp(T0.plusSeconds(5)));
        assertNull(seat.wrapUpDeadline());
        assertFalse(seat.finishWrapUp(T0.plusSeconds(6)), "not in wrap-up any more");
    }

    @Test
    void aForcedOfflineSeatStaysOfflineUntilRestored() {
        AgentSeat seat = new AgentSeat(3, "小王", T0);
        seat.changeStatus(AgentStatus.ONLINE, T0);
        seat.forceOffline(T0);
        assertThrows(IllegalStateException.class, () -> seat.changeStatus(AgentStatus.ONLINE, T0));
        seat.restore();
        assertTrue(seat.changeStatus(AgentStatus.ONLINE, T0));
    }

    @Test
    void theCapIsTheAgentsOwnOrTheTenantDefault() {
        AgentSeat seat = new AgentSeat(3, "小王", T0);
        assertEquals(10, seat.effectiveCap(10));
        seat.setMaxConcurrent(3);
        assertEquals(3, seat.effectiveCap(10));
        assertThrows(IllegalArgumentException.class, () -> seat.setMaxConcurrent(201));
    }

    @Test
    void handledTodayStartsAgainEachDay() {
        AgentSeat seat = new AgentSeat(3, "小王", T0);
        seat.assigned(T0, TODAY);
        seat.assigned(T0, TODAY);
        assertEquals(2, seat.handledOn(TODAY));
        assertEquals(0, seat.handledOn(TODAY.plusDays(1)));
        seat.released();
        seat.released();
        assertThrows(IllegalStateException.class, seat::released);
    }
}
