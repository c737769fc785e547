package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The change would break a uniqueness rule (duplicate name, code, user name). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
