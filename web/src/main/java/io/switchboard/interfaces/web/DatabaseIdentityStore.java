package io.switchboard.interfaces.web;

import io.switchboard.application.AuthenticationService;
import io.switchboard.application.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The Jakarta Security identity store backed by the user_account table (PBKDF2 hashes, lock-out), through
 * {@link AuthenticationService}. The full result is left on the request for {@link LoginView}.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    static final String RESULT_ATTRIBUTE = DatabaseIdentityStore.class.getName() + ".result";

    @Inject
    AuthenticationService authentication;
    @Inject
    HttpServletRequest request;
    @Inject
    UserSession userSession;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = authentication.authenticate(up.getCaller(), up.getPassword().getValue(),
                request.getRemoteAddr());
        request.setAttribute(RESULT_ATTRIBUTE, result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // kept before the mechanism answers: on the way back to a protected page it redirects at once, and the
        // browser's next request may arrive before the login request has finished
        userSession.loggedIn(result);
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return validationResult.getCallerGroups();
    }
}
