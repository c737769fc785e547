package io.switchboard.interfaces.web;

import io.switchboard.application.LoginResult;
import io.switchboard.domain.model.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * Who is logged in to this HTTP session, and for which tenant. Kept as one immutable value in the session, set once
 * at login and never changed in place: a cluster replicates a session attribute when it is set, and a change made
 * to an object after it was stored may not reach the next request on another node. Read anew for each request;
 * the request right after the login may overtake the replication of the login request, and then reads the sign-in
 * this node remembers ({@link RecentSignIns}).
 */
@Named
@RequestScoped
public class UserSession {

    /** The session attribute holding the {@link SignedIn} value. */
    static final String ATTRIBUTE = "io.switchboard.signedIn";

    /** The signed-in user, as stored in the session. */
    record SignedIn(String username, String displayName, String tenantId, Role role, int sessionEpoch)
            implements Serializable {
    }

    @Inject
    HttpServletRequest request;
    @Inject
    RecentSignIns recent;
    @Inject
    io.switchboard.application.AuthenticationService authentication;

    /** How young a session may be for its sign-in to be read from the account (see {@link #current()}). */
    private static final long YOUNG_SESSION_MILLIS = java.time.Duration.ofMinutes(2).toMillis();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UserSession.class.getName());

    private SignedIn signedIn;

    void loggedIn(LoginResult result) {
        signedIn = new SignedIn(result.username(), result.displayName(), result.tenantId(), result.role(),
                result.sessionEpoch());
        HttpSession session = request.getSession(true);
        session.setAttribute(ATTRIBUTE, signedIn);
        recent.remember(session.getId(), signedIn);
    }

    private SignedIn current() {
        if (signedIn == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                signedIn = (SignedIn) session.getAttribute(ATTRIBUTE);
                if (signedIn == null && request.getUserPrincipal() != null) {
                    // a request that overtook the replication of its login request (see RecentSignIns)
                    signedIn = recent.recall(session.getId(), request.getUserPrincipal().getName());
                    if (signedIn == null) {
                        signedIn = fromAccount(session, request.getUserPrincipal().getName());
                    }
                }
            }
        }
        return signedIn;
    }

    /**
     * The last resort for a request the container authenticated whose session does not show the sign-in yet: the
     * account as it is now, for this request only (never stored), and only in a session younger than two minutes,
     * the time the login request's own write takes to show. A later request reads the stored sign-in with its epoch,
     * so a password reset since the sign-in still ends the session then.
     */
    private SignedIn fromAccount(HttpSession session, String username) {
        long age = System.currentTimeMillis() - session.getCreationTime();
        if (age > YOUNG_SESSION_MILLIS) {
            return null;
        }
        return authentication.account(username).map(a -> {
            LOG.warning(() -> "the sign-in of '" + username + "' was not in its " + age
                    + " ms old session yet: this request is served as the account is now");
            return new SignedIn(a.username(), a.displayName(), a.tenantId(), a.role(), a.sessionEpoch());
        }).orElse(null);
    }

    /** The account's session epoch at sign-in: the session is over once the account's epoch has moved on. */
    int getSessionEpoch() {
        return current() == null ? 0 : current().sessionEpoch();
    }

    public boolean isLoggedIn() {
        return current() != null;
    }

    public String getUsername() {
        return current() == null ? null : current().username();
    }

    public String getDisplayName() {
        return current() == null ? null : current().displayName();
    }

    public String getTenantId() {
        return current() == null ? null : current().tenantId();
    }

    public Role getRole() {
        return current() == null ? null : current().role();
    }
}
