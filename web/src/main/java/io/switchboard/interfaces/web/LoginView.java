package io.switchboard.interfaces.web;

import io.switchboard.application.LoginResult;
import io.switchboard.domain.model.account.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** Backs login.xhtml: authenticates through Jakarta Security and explains a refusal in the user's language. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;
    @Inject
    Messages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        // a session id known before login must not be the one that carries the login (session fixation)
        request.getSession(true);
        request.changeSessionId();

        // newAuthentication(false): continue the dialog that a protected URL started, so Soteria redirects back
        // to that URL; "true" would drop the saved request and leave a caller-initiated marker behind on failure
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(false)
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))));
        password = null;
        LoginResult result = (LoginResult) request.getAttribute(DatabaseIdentityStore.RESULT_ATTRIBUTE);

        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // the sign-in was kept by the identity store (DatabaseIdentityStore) before the mechanism answered
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                faces.responseComplete(); // redirected back to the page that asked for login
            } else {
                external.redirect(external.getRequestContextPath() + result.role().homePath());
            }
            return;
        }
        if (result != null && result.outcome() == LoginOutcome.THROTTLED) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, result.retryAfter().toSeconds())));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureText(result), null));
        faces.validationFailed();
    }

    private String failureText(LoginResult result) {
        if (result == null) {
            return messages.get("login.failed");
        }
        if (result.outcome() == LoginOutcome.LOCKED && result.retryAfter() != null) {
            // said alike for names that exist and names that do not: it tells nobody which are real
            long minutes = Math.max(1, (result.retryAfter().toSeconds() + 59) / 60);
            return messages.format("login.locked", minutes);
        }
        if (result.outcome() == LoginOutcome.THROTTLED && result.retryAfter() != null) {
            return messages.format("login.throttled", Math.max(1, result.retryAfter().toSeconds()));
        }
        if (result.outcome() == LoginOutcome.DISABLED) {
            return messages.get("login.disabled");
        }
        return messages.get("login.failed");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
