package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (e.g. a blacklisted visitor): HTTP 403, a socket error frame. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
