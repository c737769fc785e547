package io.switchboard.application;

import io.switchboard.domain.model.account.LoginOutcome;
import io.switchboard.domain.model.account.Role;
import java.time.Instant;

/** What a login attempt decided; identity fields are set only on success. */
public record LoginResult(LoginOutcome outcome, String username, String displayName, String tenantId, Role role,
                          Instant lockedUntil) {

    public static LoginResult failed(LoginOutcome outcome, Instant lockedUntil) {
        return new LoginResult(outcome, null, null, null, null, lockedUntil);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
