package io.switchboard.application;

import io.switchboard.domain.model.account.LoginOutcome;
import io.switchboard.domain.model.account.Role;
import java.time.Duration;

/**
 * What a login attempt decided; identity fields are set only on success.
 *
 * @param retryAfter   for LOCKED and THROTTLED: how long until the next attempt may succeed
 * @param sessionEpoch the account's session epoch at sign-in; the session ends when the account's epoch moves on
 */
public record LoginResult(LoginOutcome outcome, String username, String displayName, String tenantId, Role role,
                          Duration retryAfter, int sessionEpoch) {

    public static LoginResult failed(LoginOutcome outcome, Duration retryAfter) {
        return new LoginResult(outcome, null, null, null, null, retryAfter, 0);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
