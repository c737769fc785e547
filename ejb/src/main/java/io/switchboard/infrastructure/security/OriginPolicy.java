package io.switchboard.infrastructure.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which web origins may act on staff pages and staff sockets with a signed-in staff member's cookie: the
 * installation's own. A page on another site (or on another port of the same host) that makes the browser post
 * a console form or open the agent socket carries its own {@code Origin}, and is refused (cross-site request
 * forgery, cross-site WebSocket hijacking).
 * <p>
 * Own origins are the origin of {@code SWITCHBOARD_PUBLIC_URL}, a configured list, and the origin the request
 * itself was addressed to (its scheme and {@code Host}): a browser sets {@code Host} to the server it talks to, so
 * a foreign page can never make it equal to its own {@code Origin} for our server. A request without
 * {@code Origin} and {@code Referer} is not from a browser page (browsers send {@code Origin} on every cross-site
 * POST and WebSocket handshake) and is let through; {@code Origin: null} (sandboxed frames, files) is not.
 */
public final class OriginPolicy {

    private final Set<String> allowed;

    private OriginPolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** The public URL's origin plus a comma-separated list of URLs or origins; malformed entries are refused. */
    public static OriginPolicy of(String publicUrl, String extraOrigins) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(normalize(publicUrl).orElseThrow(
                () -> new IllegalStateException("SWITCHBOARD_PUBLIC_URL is not an http(s) URL: " + publicUrl)));
        for (String entry : extraOrigins.split(",")) {
            if (!entry.isBlank()) {
                origins.add(normalize(entry.trim()).orElseThrow(() -> new IllegalStateException(
                        "SWITCHBOARD_ALLOWED_ORIGINS has an entry that is not an http(s) origin: " + entry.trim())));
            }
        }
        return new OriginPolicy(origins);
    }

    /**
     * Whether a request that names these headers may go on.
     *
     * @param origin        the {@code Origin} header, or null
     * @param referer       the {@code Referer} header, or null (looked at only when there is no {@code Origin})
     * @param requestOrigin the origin the request was addressed to ({@code scheme://Host}), or null
     */
    public boolean allows(String origin, String referer, String requestOrigin) {
        String claimed = origin != null ? origin : referer;
        if (claimed == null || claimed.isBlank()) {
            return true;
        }
        Optional<String> normalized = normalize(claimed.trim());
        if (normalized.isEmpty()) {
            return false;
        }
        if (allowed.contains(normalized.get())) {
            return true;
        }
        return requestOrigin != null && normalize(requestOrigin).filter(normalized.get()::equals).isPresent();
    }

    /** The origins configured (without the request's own), for the log and the README. */
    public Set<String> configured() {
        return allowed;
    }

    /** {@code scheme://host[:port]} in lower case without a default port, or empty if it is not http(s). */
    static Optional<String> normalize(String urlOrOrigin) {
        try {
            URI uri = new URI(urlOrOrigin);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !("http".equals(scheme) || "https".equals(scheme) || "ws".equals(scheme)
                    || "wss".equals(scheme))) {
                return Optional.empty();
            }
            String web = scheme.startsWith("ws") ? scheme.replace("ws", "http") : scheme;
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(web) && port == 80) || ("https".equals(web) && port == 443);
            return Optional.of(web + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
