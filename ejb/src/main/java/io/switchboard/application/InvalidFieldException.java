package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * One input field has a value the service refuses for a reason Bean Validation cannot see (a URL to a private
 * address, a missing visitor secret): HTTP 400 with the field named, so forms can show the message beside it.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return reason;
    }
}
