package io.switchboard.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one source of time; tests of domain code pass their own clock. SWITCHBOARD_TEST_CLOCK=true (integration tests
 * only) gives the {@link TestClock}, whose time a test can stop per tenant.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    SwitchboardSettings settings;

    private Clock clock;

    @Produces
    Clock clock() {
        Clock c = clock;
        if (c == null) {
            c = clock = testClockEnabled(settings) ? new TestClock() : Clock.systemUTC();
        }
        return c;
    }

    public static boolean testClockEnabled(SwitchboardSettings settings) {
        return settings.get("SWITCHBOARD_TEST_CLOCK").map(Boolean::parseBoolean).orElse(false);
    }
}
