package io.switchboard.interfaces.rest;

import io.switchboard.infrastructure.config.ClockProducer;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.config.TestClock;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * Tests only: stops a tenant's clock at an instant ({@code at}; null lets it run again). Served only by a server
 * started with SWITCHBOARD_TEST_CLOCK=true; otherwise 404, as if it did not exist.
 */
@Path("platform/test-clock")
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTestClockResource {

    public record Freeze(@NotBlank String tenantId, Instant at) {
    }

    @Inject
    SwitchboardSettings settings;

    @PUT
    public Response freeze(Freeze request) {
        if (!ClockProducer.testClockEnabled(settings)) {
            throw new NotFoundException();
        }
        if (request == null || request.tenantId() == null || request.tenantId().isBlank()) {
            throw new IllegalArgumentException("tenantId: required");
        }
        TestClock.freeze(request.tenantId(), request.at());
        return Response.noContent().build();
    }
}
