package io.switchboard.application;

import io.switchboard.domain.model.account.PasswordPolicy;
import jakarta.ejb.ApplicationException;

/**
 * A password that {@link PasswordPolicy} refuses, with the rule it broke so the console can say it in the user's
 * language; the message is the rule in English, for the API.
 */
@ApplicationException(rollback = true)
public class WeakPasswordException extends InvalidFieldException {

    private static final long serialVersionUID = 1L;

    private final PasswordPolicy.Rule rule;

    public WeakPasswordException(String field, PasswordPolicy.Rule rule) {
        super(field, rule.message());
        this.rule = rule;
    }

    public PasswordPolicy.Rule rule() {
        return rule;
    }

    /**
     * @param field     the field as the caller names it (password, adminPassword)
     * @param loginName the login name the password belongs to
     * @throws WeakPasswordException when the standard policy refuses the password
     */
    public static void requireAcceptable(String field, String password, String loginName) {
        PasswordPolicy.standard().check(password, loginName).ifPresent(rule -> {
            throw new WeakPasswordException(field, rule);
        });
    }
}
