package io.switchboard.application.internal;

import io.switchboard.domain.model.account.LoginThrottle;
import io.switchboard.domain.shared.SharedEntries;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The login throttle, with the policy of the installation settings; its counts are in the cluster's shared throttling
 * cache, so a guesser spread over the nodes gets no more attempts than against one.
 */
@ApplicationScoped
public class LoginThrottles {

    @Inject
    SwitchboardSettings settings;
    @Inject
    SharedEntries counts; // the cluster's shared cache (SharedThrottles)

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(settings.loginPolicy(), counts);
    }

    public LoginThrottle get() {
        return throttle;
    }
}
