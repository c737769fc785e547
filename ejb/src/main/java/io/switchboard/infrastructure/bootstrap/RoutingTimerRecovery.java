package io.switchboard.infrastructure.bootstrap;

import io.switchboard.application.internal.RoutingTimers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** On start, schedules the routing deadlines stored in the database again (timers are not persistent). */
@Startup
@Singleton
@DependsOn("StartupBanner")
public class RoutingTimerRecovery {

    private static final Logger LOG = Logger.getLogger(RoutingTimerRecovery.class.getName());

    @Inject
    RoutingTimers timers;

    @PostConstruct
    void recover() {
        int count = timers.recoverAll();
        LOG.info("Routing deadlines rescheduled: " + count);
    }
}
