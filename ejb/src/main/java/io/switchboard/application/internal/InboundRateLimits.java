package io.switchboard.application.internal;

import io.switchboard.application.TooManyRequestsException;
import io.switchboard.domain.model.message.RateLimiter;
import io.switchboard.domain.shared.SharedEntries;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Per-visitor message rate limit on every inbound channel, and the per-address limit of widget requests: {@code SWITCHBOARD_RATE_VISITOR_PER_MINUTE} [30]
 * messages, as a burst or spread over a minute. The buckets are in the cluster's shared cache, so the limits hold
 * for the whole cluster whichever node a request reaches.
 */
@ApplicationScoped
class InboundRateLimits {

    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;
    @Inject
    SharedEntries buckets; // the cluster's shared cache (SharedThrottles)

    private RateLimiter perVisitor;
    private RateLimiter perAddress;

    @PostConstruct
    void init() {
        perVisitor = new RateLimiter(settings.getInt("SWITCHBOARD_RATE_VISITOR_PER_MINUTE", 30), Duration.ofMinutes(1), buckets);
        int addressLimit = settings.getInt("SWITCHBOARD_RATE_IP_PER_MINUTE", 600);
        perAddress = addressLimit <= 0 ? null : new RateLimiter(addressLimit, Duration.ofMinutes(1), buckets);
    }

    /**
     * Widget requests (sessions, page views, uploads, settings) per client address:
     * {@code SWITCHBOARD_RATE_IP_PER_MINUTE} [600], 0 = off. Generous because a company network shows many
     * visitors behind one address.
     */
    void checkAddress(String ip) {
        if (perAddress == null || ip == null) {
            return;
        }
        Duration wait = perAddress.acquire("address/" + ip, clock.instant());
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many requests from address " + ip, wait);
        }
    }

    void check(String tenantId, String channel, String visitorId) {
        Duration wait = perVisitor.acquire("visitor/" + tenantId + "/" + channel + "/" + visitorId, clock.instant());
        if (!wait.isZero()) {
            throw new TooManyRequestsException("too many messages from visitor " + visitorId, wait);
        }
    }
}
