package io.switchboard.it;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting for the server to get somewhere: asks again every 100 ms until an answer is not null. */
final class Poll {

    private Poll() {
    }

    /** The first non-null answer within {@code limit}; otherwise fails naming {@code what}. */
    static <T> T until(Duration limit, String what, Supplier<T> poll) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            T value = poll.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not reached in " + limit.toSeconds() + " s");
    }
}
