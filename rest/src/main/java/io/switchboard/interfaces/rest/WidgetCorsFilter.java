package io.switchboard.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The widget runs inside other companies' pages, so its endpoints answer cross-origin requests from any origin.
 * No cookies are involved (the visitor id travels in the URL), so no credentials are allowed. The partner API
 * ({@code v1}) is server-to-server and gets no CORS headers.
 */
@Provider
public class WidgetCorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("widget/") && !path.startsWith("/widget/")) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, X-File-Name");
        headers.putSingle("Access-Control-Max-Age", "600");
    }
}
