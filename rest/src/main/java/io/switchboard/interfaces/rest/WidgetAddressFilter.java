package io.switchboard.interfaces.rest;

import io.switchboard.application.VisitorTrailService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every widget request counts against its client address's limit before anything else runs, so a flood costs
 * no database work ({@code SWITCHBOARD_RATE_IP_PER_MINUTE}). The address is the servlet's remote address: behind
 * a load balancer enable {@code proxy-address-forwarding} on the WildFly HTTP listener so it is the visitor's.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class WidgetAddressFilter implements ContainerRequestFilter {

    @Inject
    VisitorTrailService trail;
    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("widget/") || path.startsWith("/widget/")) {
            trail.checkAddress(http.getRemoteAddr());
        }
    }
}
