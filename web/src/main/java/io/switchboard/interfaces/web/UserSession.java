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
 * to an object after it was stored may not reach the next request on another node (or even on this one, when that
 * request overtakes the replication). Read anew for each request.
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

    private SignedIn signedIn;

    void loggedIn(LoginResult result) {
        signedIn = new SignedIn(result.username(), result.displayName(), result.tenantId(), result.role(),
                result.sessionEpoch());
        request.getSession(true).setAttribute(ATTRIBUTE, signedIn);
    }

    private SignedIn current() {
        if (signedIn == null) {
            HttpSession session = request.getSession(false);
            signedIn = session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
        }
        return signedIn;
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
