package io.switchboard.interfaces.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own JSF page ({@link LoginView}), so a wrong password or a locked account is shown as a
 * message on the page. Anonymous requests to a protected URL are redirected to the login page and, after login,
 * back to that URL; a login that did not start from a protected URL lands on the role's own desk.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "SUPERVISOR", "AGENT"})
@ApplicationScoped
public class SecurityConfiguration {
}
