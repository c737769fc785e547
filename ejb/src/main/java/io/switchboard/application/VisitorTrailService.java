package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;

/**
 * Who a web visitor is and where they have been (CH-5). The widget opens a session before each socket connect:
 * the server settles the visitor id (the browser's anonymous id, or the id derived from a signed user id of the
 * host site), records address, region, browser and page, refuses a blacklisted visitor or address, and answers
 * with a pass sealed by the site secret that the socket, page views and uploads present.
 */
public interface VisitorTrailService {

    /** @throws ForbiddenException blacklisted, or a signed identity whose signature does not match */
    VisitorSession openSession(@NotBlank String siteKey, SessionRequest request);

    /** What the widget sends; {@code ip} and {@code userAgent} come from the HTTP request. */
    record SessionRequest(String visitorId, String userId, String userSignature, String userName, String ip,
            String userAgent, String url, String title) {
    }

    record VisitorSession(String visitorId, String pass, Instant expiresAt, boolean signed) {
    }

    /**
     * The visitor a pass names, if the site sealed it, it has not expired and neither the visitor nor the address
     * it was issued to is blacklisted now.
     *
     * @throws ForbiddenException otherwise
     */
    Admission admit(String siteKey, String pass);

    record Admission(String tenantId, long siteId, String visitorId, String ip) {
    }

    /** A page the visitor moved to while the widget stayed loaded (single-page sites). */
    void pageView(@NotBlank String siteKey, String pass, String url, String title);

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
