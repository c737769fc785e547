package io.switchboard.application;

import jakarta.validation.constraints.NotNull;
import java.util.OptionalInt;

public interface AuthenticationService {

    /**
     * Checks a password offered from a client address, through the login throttle (per name and address, and per
     * address): a locked or throttled attempt is refused without looking at the password.
     */
    LoginResult authenticate(@NotNull String username, @NotNull char[] password, @NotNull String clientAddress);

    /**
     * The account's current session epoch, or empty when the account no longer exists or is disabled: a session
     * signed in in another epoch has been ended (password reset, forced offline, deletion).
     */
    OptionalInt sessionEpoch(@NotNull String username);

    /**
     * The signed-in account as a login would answer it (SUCCESS with its current epoch), for a request the container
     * authenticated as this name; empty when the account no longer exists or is disabled.
     */
    java.util.Optional<LoginResult> account(@NotNull String username);
}
