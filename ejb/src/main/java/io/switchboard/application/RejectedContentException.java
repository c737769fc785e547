package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * An upload or message the product refuses for what it contains: too large (HTTP 413) or of a type that is not
 * accepted (HTTP 415). Nothing of it is kept.
 */
@ApplicationException(rollback = true)
public class RejectedContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean tooLarge;

    public RejectedContentException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
