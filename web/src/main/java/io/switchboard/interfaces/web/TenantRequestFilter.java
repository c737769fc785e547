package io.switchboard.interfaces.web;

import io.switchboard.application.AuthenticationService;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Binds each request of a logged-in user to the tenant recorded in the session at login, after checking that the
 * session has not been ended meanwhile: a password reset, a forced offline or the deletion of the account moves the
 * account's session epoch on (or removes it), and every session signed in before ends at its next request, on
 * whichever node it lands. Mapped in web.xml after {@code StaffSecurityFilter}.
 */
public class TenantRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TenantRequestFilter.class.getName());

    @Inject
    UserSession userSession;
    @Inject
    TenantContext tenantContext;
    @Inject
    AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && userSession.isLoggedIn()
                && !request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            OptionalInt epoch = authentication.sessionEpoch(userSession.getUsername());
            if (epoch.isEmpty() || epoch.getAsInt() != userSession.getSessionEpoch()) {
                String user = userSession.getUsername();
                LOG.info(() -> "session of '" + user + "' ended: its password was reset, it was forced offline or deleted");
                request.logout();
                session.invalidate();
                if (!"/logout".equals(request.getServletPath())) {
                    sessionEnded(request, response);
                    return;
                }
            } else {
                tenantContext.use(userSession.getTenantId());
                tenantContext.actAs(userSession.getUsername());
            }
        }
        chain.doFilter(request, response);
    }

    /** Back to the login page, which says why; a JSF Ajax request gets the redirect as a partial response. */
    private static void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login.xhtml?ended=true";
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(login);
        }
    }
}
