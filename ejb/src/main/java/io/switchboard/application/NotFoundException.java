package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist in the caller's tenant (which includes: it belongs to another tenant). The
 * answer is the same in both cases, so ids cannot be probed across tenants. When the id came in a request field
 * (e.g. {@code agentId} of a body), the field is named.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException implements CodedRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;
    private CodedRefusal.Coding coding = CodedRefusal.Coding.NONE;

    public NotFoundException(String message) {
        this(null, message);
    }

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that held the unknown id, or null when the id was in the path. */
    @Override
    public String field() {
        return field;
    }

    /**
     * Names the kind of absence for a user interface that says it in its own language (bundle key
     * {@code error.<code>} with these values as {0}, {1} …, see {@link CodedRefusal}); the English message stays for
     * the API.
     */
    public NotFoundException coded(String refusalCode, Object... values) {
        this.coding = CodedRefusal.Coding.of(refusalCode, values);
        return this;
    }

    @Override
    public CodedRefusal.Coding coding() {
        return coding;
    }
}
