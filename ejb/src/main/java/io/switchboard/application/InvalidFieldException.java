package io.switchboard.application;

import jakarta.ejb.ApplicationException;

/**
 * One input field is wrong in a way Bean Validation cannot see from the value alone: a password the policy refuses,
 * an id that does not name anything of the caller's tenant. Answered 400 with the field named, and shown by the
 * console beside that field. Rolls back, so a refused request stores nothing.
 */
@ApplicationException(rollback = true)
public class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String fieldMessage;

    /** @param message what is wrong, without the field's name (e.g. "no agent 7 in this tenant") */
    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.fieldMessage = message;
    }

    /** The field as the request names it, e.g. {@code password}, {@code adminPassword}, {@code rules[0].skillGroupId}. */
    public String field() {
        return field;
    }

    /** The message without the field's name, as a form shows it beside the field. */
    public String fieldMessage() {
        return fieldMessage;
    }
}
