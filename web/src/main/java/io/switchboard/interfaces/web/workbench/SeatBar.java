package io.switchboard.interfaces.web.workbench;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.interfaces.web.WorkbenchView;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The status bar (RT-13): 示闲 / 示忙 / 小休 / 离线, my load against my cap, and the wrap-up (话后整理) countdown
 * with "continue receiving". The seat is read from the seat service, never kept across a reload: routing changes
 * it without the page asking.
 */
@Named
@ViewScoped
public class SeatBar implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("ONLINE", "BUSY", "BREAK", "OFFLINE");

    @Inject
    WorkbenchView workbench;
    @Inject
    AgentDeskService desk;
    @Inject
    AgentSeatService seats;
    @Inject
    Clock clock;

    private transient AgentSeatView seat;

    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) WorkbenchView.Reloaded event) {
        seat = null;
    }

    public AgentSeatView getSeat() {
        if (seat == null) {
            seat = seats.get(workbench.getAgentId());
        }
        return seat;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return getSeat().status();
    }

    public boolean isWrappingUp() {
        return "WRAP_UP".equals(getSeat().status());
    }

    /** Seconds left of the wrap-up (话后整理) before the seat is ONLINE again by itself; the seat knows when. */
    public long getWrapUpSecondsLeft() {
        Instant until = getSeat().wrapUpUntil();
        return until == null ? 0 : Math.max(0, Duration.between(clock.instant(), until).toSeconds());
    }

    /** 示闲 / 示忙 / 小休 / 离线. */
    public void changeStatus(String status) {
        workbench.act(() -> desk.status(workbench.agent(), status));
        workbench.reload();
    }

    /** Ends the wrap-up early: "continue receiving" (继续接待). */
    public void continueReceiving() {
        workbench.act(() -> seats.finishWrapUp(workbench.getAgentId()));
        workbench.reload();
    }
}
