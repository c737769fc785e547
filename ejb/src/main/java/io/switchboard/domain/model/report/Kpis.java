package io.switchboard.domain.model.report;

import java.util.List;

/**
 * The contact-center KPIs of RP-5 over summed rollups, each by its stated definition. A ratio over nothing is null
 * (shown as "—"), never 0 or 100 %.
 *
 * @param serviceLevel    answered within T ÷ (answered + abandoned − abandoned within S)
 * @param asaMs           average speed of answer: time from joining the queue to the agent's answer, averaged over
 *                        the answered conversations
 * @param abandonmentRate (abandoned − abandoned within S) ÷ (answered + abandoned − abandoned within S)
 * @param occupancy       time in conversations ÷ (signed-in time, available, busy or in wrap-up, × the agent's cap of
 *                        open chats)
 * @param ahtMs           average handle time: (duration of the agents' parts + wrap-up time) ÷ parts ended
 */
public record Kpis(int thresholdSeconds, int shortAbandonSeconds, long answered, long abandoned, long shortAbandoned,
                   Double serviceLevel, Long asaMs, Double abandonmentRate, Double occupancy, Long ahtMs)
        implements java.io.Serializable {

    /** The service-level thresholds T the rollups count (seconds); 20 s is the seeds' and the industry's default. */
    public static final List<Integer> THRESHOLDS = List.of(10, 20, 30, 60);
    /** The short-abandon limits S the rollups count (seconds); 0: every abandon counts. */
    public static final List<Integer> SHORT_ABANDONS = List.of(0, 5, 10);

    public static Kpis of(RollupCounters c, int thresholdSeconds, int shortAbandonSeconds) {
        if (!THRESHOLDS.contains(thresholdSeconds)) {
            throw new IllegalArgumentException("thresholdSeconds: one of " + THRESHOLDS);
        }
        if (!SHORT_ABANDONS.contains(shortAbandonSeconds)) {
            throw new IllegalArgumentException("shortAbandonSeconds: one of " + SHORT_ABANDONS);
        }
        long within = switch (thresholdSeconds) {
            case 10 -> c.answeredIn10();
            case 20 -> c.answeredIn20();
            case 30 -> c.answeredIn30();
            default -> c.answeredIn60();
        };
        long shortAbandoned = switch (shortAbandonSeconds) {
            case 5 -> c.abandonedIn5();
            case 10 -> c.abandonedIn10();
            default -> 0;
        };
        long offered = c.answered() + c.abandoned() - shortAbandoned;
        return new Kpis(thresholdSeconds, shortAbandonSeconds, c.answered(), c.abandoned(), shortAbandoned,
                ratio(within, offered), average(c.answerMsSum(), c.answered()),
                ratio(c.abandoned() - shortAbandoned, offered), ratio(c.handleMsSum(), c.capacityMs()),
                average(c.handleMsSum() + c.wrapUpMs(), c.segmentsEnded()));
    }

    static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    static Long average(long sum, long n) {
        return n <= 0 ? null : Math.round((double) sum / n);
    }
}
