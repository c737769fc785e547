package io.switchboard.application;

import jakarta.validation.constraints.NotNull;

public interface AuthenticationService {

    /** Checks a password and records the attempt (failure count, lock-out), whatever the outcome. */
    LoginResult authenticate(@NotNull String username, @NotNull char[] password);
}
