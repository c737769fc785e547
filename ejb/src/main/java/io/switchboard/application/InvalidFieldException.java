package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * One input field is wrong in a way Bean Validation cannot see from the value alone: a password the policy refuses,
 * an id that does not name anything of the caller's tenant. Answered 400 with the field named, and shown by the
 * console beside that field. Rolls back, so a refused request stores nothing.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends IllegalArgumentException implements CodedRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String fieldMessage;
    private CodedRefusal.Coding coding = CodedRefusal.Coding.NONE;

    /** @param message what is wrong, without the field's name (e.g. "no agent 7 in this tenant") */
    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.fieldMessage = message;
    }

    /** The field as the request names it, e.g. {@code password}, {@code adminPassword}, {@code rules[0].skillGroupId}. */
    @Override
    public String field() {
        return field;
    }

    /** The message without the field's name, as a form shows it beside the field. */
    public String fieldMessage() {
        return fieldMessage;
    }

    /**
     * Names the kind of invalid value for a user interface that says it in its own language (bundle key
     * {@code error.<code>} with these values as {0}, {1} …, see {@link CodedRefusal}); the English message stays for
     * the API.
     */
    public InvalidFieldException coded(String refusalCode, Object... values) {
        this.coding = CodedRefusal.Coding.of(refusalCode, values);
        return this;
    }

    @Override
    public CodedRefusal.Coding coding() {
        return coding;
    }
}
