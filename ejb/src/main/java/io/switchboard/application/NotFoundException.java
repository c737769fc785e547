package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist in the caller's tenant (which includes: it belongs to another tenant). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
