package io.switchboard.application.internal;

import io.switchboard.domain.model.account.LoginThrottle;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * This node's login throttle, with the policy of the installation settings. The counts live in this node's memory:
 * in a cluster each node counts the attempts it sees (a guesser spread over N nodes gets N times the attempts);
 * they are kept in a shared cache once the cluster issue lands.
 */
@ApplicationScoped
public class LoginThrottles {

    @Inject
    SwitchboardSettings settings;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(settings.loginPolicy());
    }

    public LoginThrottle get() {
        return throttle;
    }
}
