package io.switchboard.interfaces.web;

import io.switchboard.application.LoginResult;
import io.switchboard.domain.model.account.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Who is logged in to this HTTP session, and for which tenant; filled once at login. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String tenantId;
    private Role role;
    private int sessionEpoch;

    void loggedIn(LoginResult result) {
        this.username = result.username();
        this.displayName = result.displayName();
        this.tenantId = result.tenantId();
        this.role = result.role();
        this.sessionEpoch = result.sessionEpoch();
    }

    /** The account's session epoch at sign-in: the session is over once the account's epoch has moved on. */
    int getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isLoggedIn() {
        return tenantId != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Role getRole() {
        return role;
    }
}
