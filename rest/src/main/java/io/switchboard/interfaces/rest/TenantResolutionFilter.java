package io.switchboard.interfaces.rest;

import io.switchboard.application.TenantLookupService;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The one place the API decides who is calling and for which tenant: the API key for {@code v1/}, the site key
 * for {@code widget/{siteKey}/}, the platform key for {@code platform/}. Anything else is not served.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantResolutionFilter implements ContainerRequestFilter {

    @Inject
    TenantLookupService lookup;
    @Inject
    TenantContext tenantContext;
    @Inject
    SwitchboardSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> segments = request.getUriInfo().getPathSegments().stream().map(s -> s.getPath()).toList();
        String first = segments.isEmpty() ? "" : segments.get(0);
        switch (first) {
            case "v1" -> {
                Optional<String> key = apiKey(request);
                Optional<String> tenant = key.flatMap(lookup::tenantOfApiKey);
                if (tenant.isEmpty()) {
                    abort(request, Status.UNAUTHORIZED, "a valid API key is required: Authorization: Bearer sb_...");
                    return;
                }
                tenantContext.use(tenant.get());
                // the audit log names the key by its public prefix, never by the secret part
                tenantContext.actAs("api:" + key.get().substring(0, Math.min(10, key.get().length())));
            }
            case "widget" -> {
                Optional<String> tenant = segments.size() > 1 ? lookup.tenantOfSiteKey(segments.get(1)) : Optional.empty();
                if (tenant.isEmpty()) {
                    abort(request, Status.NOT_FOUND, "unknown widget site key");
                    return;
                }
                tenantContext.use(tenant.get());
            }
            case "platform" -> {
                Optional<String> expected = settings.get("SWITCHBOARD_PLATFORM_KEY");
                if (expected.isEmpty()) {
                    abort(request, Status.FORBIDDEN, "the platform API is disabled: set SWITCHBOARD_PLATFORM_KEY");
                    return;
                }
                Optional<String> offered = apiKey(request);
                if (offered.isEmpty() || !MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                        offered.get().getBytes(StandardCharsets.UTF_8))) {
                    abort(request, Status.UNAUTHORIZED, "the platform key is required: Authorization: Bearer <key>");
                }
            }
            default -> { /* not found is answered by JAX-RS itself */ }
        }
    }

    private static Optional<String> apiKey(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(request.getHeaderString("X-Api-Key")).map(String::trim);
    }

    private static void abort(ContainerRequestContext request, Status status, String detail) {
        request.abortWith(Problem.response(status, detail));
    }
}
