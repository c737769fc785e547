package io.switchboard.domain.model.account;

public enum LoginOutcome {
    SUCCESS,
    /** Unknown user or wrong password: the two are never told apart to the caller. */
    INVALID_CREDENTIALS,
    /** Too many wrong passwords for this name from this address ({@link LoginThrottle}); said for any name. */
    LOCKED,
    /** Too many wrong passwords from this address, whatever the names: wait before trying again. */
    THROTTLED,
    /** The password was right but the account may not sign in; only said to someone who knows the password. */
    DISABLED
}
