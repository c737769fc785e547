package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist in the caller's tenant (which includes: it belongs to another tenant). The
 * answer is the same in both cases, so ids cannot be probed across tenants. When the id came in a request field
 * (e.g. {@code agentId} of a body), the field is named.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public NotFoundException(String message) {
        this(null, message);
    }

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that held the unknown id, or null when the id was in the path. */
    public String field() {
        return field;
    }
}
