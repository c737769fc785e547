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
                }
            }
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
