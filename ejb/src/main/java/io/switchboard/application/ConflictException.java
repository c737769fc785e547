package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/** The change would break a uniqueness rule (duplicate name, code, user name), or the state the thing is in. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException implements CodedRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;
    private CodedRefusal.Coding coding = CodedRefusal.Coding.NONE;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict on one input field (e.g. "employeeNo"), so forms can show the message beside it. */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field in conflict, or null when the whole request is. */
    @Override
    public String field() {
        return field;
    }

    /**
     * Names the kind of conflict for a user interface that says it in its own language (bundle key
     * {@code error.<code>} with these values as {0}, {1} …, see {@link CodedRefusal}); the English message stays for
     * the API.
     */
    public ConflictException coded(String conflictCode, Object... values) {
        this.coding = CodedRefusal.Coding.of(conflictCode, values);
        return this;
    }

    @Override
    public CodedRefusal.Coding coding() {
        return coding;
    }
}
