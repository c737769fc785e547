package io.switchboard.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Over a rate limit: HTTP 429 with Retry-After, a socket error frame. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
