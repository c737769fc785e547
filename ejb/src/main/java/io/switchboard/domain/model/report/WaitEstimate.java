package io.switchboard.domain.model.report;

/**
 * The predicted wait of a queued visitor (issue 21; no seed product has it), by an observed-throughput model: a
 * skill group's queue moves one place each time one of its agents' open chat slots frees up, and each slot frees up
 * on average once per average handle time, so the visitor at place {@code k} waits about
 * {@code k × average handle time ÷ slots}. The slots are the caps of the group's agents who take new work now; the
 * handle time is the group's over the last days (the rollups).
 *
 * <p>Why not Erlang C: it assumes one conversation per agent and a Poisson arrival and service process, and gives the
 * average wait of an arrival, not the wait of a visitor who already knows their place; a chat agent serves several
 * visitors at once, and the place is known. The place-and-throughput estimate uses exactly what is known.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    /**
     * @param position        the visitor's place in the group's queue (1 = next)
     * @param averageHandleMs the group's average handle time; null when it has served nobody yet
     * @param slots           open-chat slots of the group's agents who take new work now
     * @return the predicted wait in seconds, or null when there is nothing to predict from (no history, nobody
     *         taking work)
     */
    public static Long seconds(int position, Long averageHandleMs, int slots) {
        if (position < 1 || averageHandleMs == null || averageHandleMs <= 0 || slots <= 0) {
            return null;
        }
        return Math.round(position * (averageHandleMs / 1000.0) / slots);
    }
}
