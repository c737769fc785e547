package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The change would break a uniqueness rule (duplicate name, code, user name). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict on one input field (e.g. "employeeNo"), so forms can show the message beside it. */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field in conflict, or null when the whole request is. */
    public String field() {
        return field;
    }
}
