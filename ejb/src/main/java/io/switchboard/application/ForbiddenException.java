package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (e.g. a blacklisted visitor): HTTP 403, a socket error frame. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ForbiddenException(String message) {
        this(null, message);
    }

    /**
     * Refused because of one input field (e.g. "visitorSecret"), so a client can tell this refusal from others
     * (a blacklist) and react to it.
     */
    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field refused, or null when the caller as a whole is. */
    public String field() {
        return field;
    }
}
