package io.switchboard.application.internal;

import io.switchboard.application.BlacklistService;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.TenantLookupService;
import io.switchboard.application.TenantLookupService.SiteIdentity;
import io.switchboard.application.VisitorTrailService;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.visitor.PageView;
import io.switchboard.domain.model.visitor.RegionLocator;
import io.switchboard.domain.model.visitor.SignedIdentity;
import io.switchboard.domain.model.visitor.UserAgentInfo;
import io.switchboard.domain.model.visitor.VisitorPass;
import io.switchboard.domain.model.visitor.VisitorProfile;
import io.switchboard.domain.model.visitor.VisitorRepository;
import io.switchboard.domain.model.visitor.VisitorSecret;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

@Stateless
public class DefaultVisitorTrailService implements VisitorTrailService {

    /** A pass lasts a working day: the widget asks for a new one before every socket connect anyway. */
    static final Duration PASS_LIFETIME = Duration.ofHours(12);
    private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private static final String WEB = ChannelKind.WEB.name();

    @Inject
    TenantLookupService lookup;
    @Inject
    TenantContext tenant;
    @Inject
    BlacklistService blacklist;
    @Inject
    VisitorRepository visitors;
    @Inject
    UserAgentInfo.Parser userAgents;
    @Inject
    RegionLocator regions;
    @Inject
    InboundRateLimits limits;
    @Inject
    Clock clock;

    @Override
    public VisitorSession openSession(String siteKey, SessionRequest request) {
        SiteIdentity site = site(siteKey);
        boolean signed = request.userId() != null && !request.userId().isBlank();
        String visitorId = signed ? signedVisitor(site, request) : anonymousVisitor(request);
        Instant now = clock.instant();
        VisitorProfile profile = visitors.find(WEB, visitorId).orElse(null);
        if (!signed && profile != null && !profile.presentSecret(request.visitorSecret())) {
            throw new ForbiddenException("visitorSecret", "visitorSecret: this visitor id belongs to another browser; "
                    + "start with a new visitor id and secret").coded("visitor.secretMismatch");
        }
        blacklist.requireAllowed(visitorId, request.ip());
        if (profile == null) {
            profile = new VisitorProfile(WEB, visitorId, now);
            if (!signed) {
                profile.presentSecret(request.visitorSecret()); // the first session binds the secret
            }
            visitors.add(profile);
        }
        UserAgentInfo client = request.userAgent() == null ? UserAgentInfo.UNKNOWN : userAgents.parse(request.userAgent());
        String region = request.ip() == null ? null : regions.regionOf(request.ip()).orElse(null);
        profile.seen(new VisitorProfile.Visit(site.siteId(), request.ip(), region, request.userAgent(), client,
                signed ? request.userId() : null, signed ? request.userName() : null), now);
        if (site.recordTrail() && request.url() != null
                && (request.url().startsWith("http://") || request.url().startsWith("https://"))
                && request.url().length() <= PageView.MAX_URL) {
            visitors.add(new PageView(visitorId, site.siteId(), request.url(), request.title(), now));
        }
        VisitorPass pass = new VisitorPass(visitorId, request.ip() == null ? "" : request.ip(), now.plus(PASS_LIFETIME));
        return new VisitorSession(visitorId, pass.seal(site.secret()), pass.expiresAt(), signed);
    }

    private static String signedVisitor(SiteIdentity site, SessionRequest request) {
        if (!SignedIdentity.verify(site.secret(), request.userId(), request.userSignature())) {
            throw new ForbiddenException("userSignature: not the site's signature of this user id "
                    + "(hex HMAC-SHA256 of the user id with the site secret)").coded("visitor.badSignature");
        }
        return SignedIdentity.visitorIdOf(site.tenantId(), request.userId());
    }

    /** The browser's own id, after the checks of its form; its secret is checked against the profile. */
    private static String anonymousVisitor(SessionRequest request) {
        String visitorId = request.visitorId();
        if (visitorId == null || !VISITOR_ID.matcher(visitorId).matches()) {
            throw new IllegalArgumentException("visitorId: 8-100 letters, digits, _.:-");
        }
        if (SignedIdentity.isReserved(visitorId)) {
            throw new IllegalArgumentException("visitorId: ids starting with " + SignedIdentity.PREFIX
                    + " belong to signed users");
        }
        if (!VisitorSecret.wellFormed(request.visitorSecret())) {
            throw new InvalidFieldException("visitorSecret", "an anonymous visitor sends the secret its browser keeps "
                    + "with its id: " + VisitorSecret.FORM_DESCRIPTION).coded("visitor.secretRequired");
        }
        return visitorId;
    }

    @Override
    public Admission admit(String siteKey, String pass, String clientAddress) {
        SiteIdentity site = site(siteKey);
        VisitorPass opened = VisitorPass.open(pass, site.secret(), clock.instant()).orElseThrow(() ->
                new ForbiddenException("pass", "pass: missing, expired or not issued by this site; open a new session")
                        .coded("pass.invalid"));
        blacklist.requireAllowed(opened.visitorId(), opened.ip().isEmpty() ? null : opened.ip());
        if (!opened.issuedTo(clientAddress)) {
            throw new ForbiddenException("pass", "pass: issued to another address; open a new session from this one")
                    .coded("pass.otherAddress");
        }
        return new Admission(site.tenantId(), site.siteId(), opened.visitorId(), opened.ip());
    }

    @Override
    public void pageView(String siteKey, String pass, String clientAddress, String url, String title) {
        Admission admission = admit(siteKey, pass, clientAddress);
        if (site(siteKey).recordTrail()) {
            visitors.add(new PageView(admission.visitorId(), admission.siteId(), url, title, clock.instant()));
        }
        visitors.find(WEB, admission.visitorId()).ifPresent(p -> p.touch(clock.instant()));
    }

    /** Runs before every widget request: a counter in memory, no transaction. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void checkAddress(String ip) {
        limits.checkAddress(ip);
    }

    @Override
    public VisitorProfileView profile(String channel, String visitorId, int pages) {
        VisitorProfile p = visitors.find(channel, visitorId)
                .orElseThrow(() -> new NotFoundException("no " + channel + " visitor " + visitorId)
                        .coded("visitor.notFound", channel, visitorId));
        var trail = pages == 0 ? java.util.List.<PageViewView>of() : visitors.pageViews(visitorId, 0, pages).stream()
                .map(v -> new PageViewView(v.getUrl(), v.getTitle(), v.getViewedAt())).toList();
        return new VisitorProfileView(p.getVisitorId(), p.getChannel(), p.getUserId(), p.getDisplayName(), p.getSiteId(),
                p.getIp(), p.getRegion(), p.getUserAgent(), p.getOs(), p.getBrowser(), p.getDevice(), p.getFirstSeenAt(),
                p.getLastSeenAt(), visitors.countPageViews(visitorId), trail);
    }

    /** Binds the site's tenant for the rest of the call. */
    private SiteIdentity site(String siteKey) {
        SiteIdentity site = lookup.siteOfKey(siteKey).orElseThrow(() -> new NotFoundException("unknown widget site key")
                .coded("site.unknownKey"));
        tenant.use(site.tenantId());
        return site;
    }
}
