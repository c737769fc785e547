package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;

/**
 * Who a web visitor is and where they have been (CH-5). The widget opens a session before each socket connect:
 * the server settles the visitor id (the browser's anonymous id, proven by the secret the browser keeps beside it,
 * or the id derived from a signed user id of the host site), records address, region, browser and
 * page, refuses a blacklisted visitor or address, and answers with a pass sealed by the site secret that the
 * socket, page views and uploads present from the same address.
 */
public interface VisitorTrailService {

    /**
     * @throws InvalidFieldException ({@code visitorSecret}) an anonymous visitor without a well-formed secret
     * @throws ForbiddenException    blacklisted; a signed identity whose signature does not match; an anonymous id
     *                               whose secret is another ({@code visitorSecret} named, so the widget can start
     *                               over with a new id)
     */
    VisitorSession openSession(@NotBlank String siteKey, SessionRequest request);

    /**
     * What the widget sends; {@code ip} and {@code userAgent} come from the HTTP request. An anonymous visitor sends
     * its id and the secret its browser keeps with it; a signed one the host site's user id and signature.
     */
    record SessionRequest(String visitorId, String visitorSecret, String userId, String userSignature, String userName,
            String ip, String userAgent, String url, String title) {
    }

    record VisitorSession(String visitorId, String pass, Instant expiresAt, boolean signed) {
    }

    /**
     * The visitor a pass names, if the site sealed it, it has not expired, neither the visitor nor the address it
     * was issued to is blacklisted now, and {@code clientAddress} (the request's) is the address it was issued to.
     *
     * @throws ForbiddenException otherwise; with the field {@code pass} when a new session would help (a forged,
     *                            expired or moved pass), without when the visitor is refused as such
     */
    Admission admit(String siteKey, String pass, String clientAddress);

    record Admission(String tenantId, long siteId, String visitorId, String ip) {
    }

    /** A page the visitor moved to while the widget stayed loaded (single-page sites); the pass as in {@link #admit}. */
    void pageView(@NotBlank String siteKey, String pass, String clientAddress, String url, String title);

    /** Counts a widget request from {@code ip} against the per-address limit. @throws TooManyRequestsException */
    void checkAddress(String ip);

    /** The current tenant's profile of a visitor with the newest pages first. @throws NotFoundException */
    VisitorProfileView profile(@NotBlank String channel, @NotBlank String visitorId, @Min(0) @Max(200) int pages);

    record VisitorProfileView(String visitorId, String channel, String userId, String displayName, Long siteId,
            String ip, String region, String userAgent, String os, String browser, String device,
            Instant firstSeenAt, Instant lastSeenAt, long pageViewCount, List<PageViewView> pageViews) {
    }

    record PageViewView(String url, String title, Instant viewedAt) {
    }
}
