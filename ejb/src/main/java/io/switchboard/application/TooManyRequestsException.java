package io.switchboard.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Over a rate limit: HTTP 429 with Retry-After, a socket error frame. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    /** The message gets "; retry in N s" appended, N being {@link #retryAfterSeconds()}. */
    public TooManyRequestsException(String reason, Duration retryAfter) {
        this(reason, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private TooManyRequestsException(String reason, long seconds) {
        super(reason + "; retry in " + seconds + " s");
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
