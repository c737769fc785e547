package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (e.g. a blacklisted visitor): HTTP 403, a socket error frame. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException implements CodedRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;
    private CodedRefusal.Coding coding = CodedRefusal.Coding.NONE;

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
    @Override
    public String field() {
        return field;
    }

    /**
     * Names the kind of refusal for a user interface that says it in its own language (bundle key
     * {@code error.<code>} with these values as {0}, {1} …, see {@link CodedRefusal}); the English message stays for
     * the API.
     */
    public ForbiddenException coded(String refusalCode, Object... values) {
        this.coding = CodedRefusal.Coding.of(refusalCode, values);
        return this;
    }

    @Override
    public CodedRefusal.Coding coding() {
        return coding;
    }
}
