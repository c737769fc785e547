package io.switchboard.domain.model.account;

public enum LoginOutcome {
    SUCCESS,
    /** Unknown user or wrong password: the two are never told apart to the caller. */
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED
}
