package io.switchboard.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that declares a body over 10 MiB is refused with 413 and a problem document before anything reads it.
 * The HTTP listener's own cap ({@code max-post-size} in http.cli) is set higher on purpose: Undertow answers a body
 * over its cap with a bare 400 and a closed connection, which tells a partner nothing. Each resource keeps its own
 * smaller limit (a flow export 1 MiB, an upload {@code SWITCHBOARD_UPLOAD_MAX_BYTES}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class BodySizeFilter implements ContainerRequestFilter {

    /** The largest body any API resource accepts. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "the request body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB"));
        }
    }
}
