package io.switchboard.domain.model.seat;

/** Per-seat deadlines: the end of wrap-up (RT-13) and going offline after a lost connection (RT-12). */
public enum SeatTimer { WRAP_UP_END, AGENT_OFFLINE }
