package io.switchboard.interfaces.web.security;

import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.security.OriginPolicy;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one place where the staff side (login, console, workbench, their error pages and sockets) defends itself
 * against hostile web pages:
 * <ul>
 *   <li><b>Origin check</b> ({@link OriginPolicy}) on every state-changing request (POST, PUT, DELETE, PATCH) and on
 *   the handshake of the staff sockets (the agent socket, the JSF push channel): a page on another site or another
 *   port, which the browser would send the staff cookie for, gets 403. The visitor socket is public (the widget runs
 *   on customers' sites) and is not checked here.</li>
 *   <li><b>Security headers</b> ({@link SecurityHeaders}) on every response of this web module.</li>
 * </ul>
 * Mapped first in web.xml, so it also guards the WebSocket handshakes and the error pages.
 */
public class StaffSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSecurityFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    SwitchboardSettings settings;

    private OriginPolicy origins;
    private SecurityHeaders headers;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        origins = settings.originPolicy();
        headers = new SecurityHeaders(settings.publicUrl().startsWith("https:"));
        LOG.info(() -> "staff pages and sockets accept the origins " + origins.configured()
                + " and the address each request is sent to");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        headers.apply(path, response);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response); // an error page or forward: headers only, the request was checked
            return;
        }
        boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        boolean checked = handshake ? isStaffSocket(path) : !SAFE_METHODS.contains(request.getMethod());
        if (checked && !origins.allows(request.getHeader("Origin"), request.getHeader("Referer"), ownOrigin(request))) {
            String origin = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
            LOG.warning(() -> "refused " + (handshake ? "socket handshake" : request.getMethod()) + " " + path
                    + " from the foreign origin " + abbreviate(origin) + " (" + request.getRemoteAddr() + ")");
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin request refused");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sockets that act with the staff session: the agent socket and the JSF push channel of the console. */
    static boolean isStaffSocket(String path) {
        return path.startsWith("/agent/") || path.startsWith("/jakarta.faces.push/");
    }

    /** The origin the browser addressed: scheme and Host header as received. */
    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? null : request.getScheme() + "://" + host;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("[\\r\\n\\t]", "_");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }
}
