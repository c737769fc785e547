package io.switchboard.interfaces.web;

import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Binds each request of a logged-in user to the tenant recorded in the session at login. */
@WebFilter(urlPatterns = "/*")
public class TenantRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession userSession;
    @Inject
    TenantContext tenantContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) != null && request.getUserPrincipal() != null && userSession.isLoggedIn()) {
            tenantContext.use(userSession.getTenantId());
            tenantContext.actAs(userSession.getUsername());
        }
        chain.doFilter(request, response);
    }
}
