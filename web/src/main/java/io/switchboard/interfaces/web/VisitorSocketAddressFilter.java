package io.switchboard.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Hands the visitor socket's handshake the client address, which Jakarta WebSocket does not expose: the widget's
 * pass is good only from the address it was issued to, and {@link VisitorSocket} must compare. The servlet's remote
 * address (the visitor's, with {@code proxy-address-forwarding} behind a load balancer, as for the widget's HTTP
 * calls) goes into a request header that only this filter sets — a header of that name from the client is
 * replaced — and {@link VisitorSocketConfigurator} copies it into the socket's user properties. Declared filters
 * run before the container's WebSocket upgrade filter, which Undertow adds after them.
 */
@WebFilter(urlPatterns = "/visitor/socket")
public class VisitorSocketAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Internal: set here, read by the configurator. */
    static final String HEADER = "X-Switchboard-Visitor-Address";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithAddress(request, request.getRemoteAddr()), response);
    }

    private static final class WithAddress extends HttpServletRequestWrapper {
        private final String address;

        WithAddress(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? address : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(address)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            names.add(HEADER);
            return Collections.enumeration(names);
        }
    }
}
