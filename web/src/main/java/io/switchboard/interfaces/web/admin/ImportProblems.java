package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ImportReport;
import io.switchboard.domain.model.account.PasswordPolicy;

/**
 * A sheet import's row problem in the console's language: a refused password by its rule, other coded problems by
 * their bundle text ({@code import.taken} = "{0} 已被使用") with the values the server named; an uncoded one as the
 * server said it.
 */
final class ImportProblems {

    private ImportProblems() {
    }

    static String text(ImportReport.RowError e, ConsoleActions actions) {
        if (e.code() == null) {
            return e.message();
        }
        if (e.code().startsWith("password.")) {
            return actions.format("console." + e.code(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        if (!actions.has(e.code())) {
            return e.message();
        }
        return actions.format(e.code(), e.arguments().toArray());
    }
}
