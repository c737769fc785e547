package io.switchboard.application.internal;

import io.switchboard.application.TooManyRequestsException;
import io.switchboard.domain.model.message.RateLimiter;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Per-visitor message rate limit on every inbound channel: {@code SWITCHBOARD_RATE_VISITOR_PER_MINUTE} [30]
 * messages, as a burst or spread over a minute. Counted per node: behind a load balancer with N nodes a visitor
 * pinned to one node (sticky sessions) sees the limit as set.
 */
@ApplicationScoped
class InboundRateLimits {

    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;

    private RateLimiter perVisitor;

    @PostConstruct
    void init() {
        perVisitor = new RateLimiter(settings.getInt("SWITCHBOARD_RATE_VISITOR_PER_MINUTE", 30), Duration.ofMinutes(1), 100_000);
    }

    void check(String tenantId, String channel, String visitorId) {
        Duration wait = perVisitor.acquire(tenantId + "/" + channel + "/" + visitorId, clock.instant());
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many messages from visitor " + visitorId, wait);
        }
    }
}
