package io.switchboard.interfaces.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every staff page, error page and resource of this web module carries.
 * <ul>
 *   <li>{@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}: no page can be framed by another site
 *   (clickjacking). The workbench frames the tenant's CRM page, not the other way round, so {@code frame-src} allows
 *   http(s) frames on the workbench only.</li>
 *   <li>A Content Security Policy that keeps scripts, styles, fonts, connections and form targets to this server,
 *   forbids plugins and {@code <base>} changes. PrimeFaces renders inline handlers and evaluates its Ajax
 *   updates, so scripts need {@code 'unsafe-inline' 'unsafe-eval'}; injection is prevented by escaping every
 *   output, the CSP is the second line.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (console addresses and ids
 *   never leak to the CRM page or to links), {@code Cross-Origin-Opener-Policy: same-origin}, and HSTS when the
 *   installation is served over https.</li>
 * </ul>
 * A servlet that sets its own CSP (file downloads) replaces this one.
 */
final class SecurityHeaders {

    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; media-src 'self' data: blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; frame-src ";

    private final boolean httpsInstallation;

    SecurityHeaders(boolean httpsInstallation) {
        this.httpsInstallation = httpsInstallation;
    }

    void apply(String path, HttpServletResponse response) {
        boolean workbench = path.startsWith("/agent/");
        response.setHeader("Content-Security-Policy", CSP + (workbench ? "'self' https: http:" : "'self'"));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (httpsInstallation) { // browsers ignore it on plain http; behind a TLS proxy the request is not "secure"
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
