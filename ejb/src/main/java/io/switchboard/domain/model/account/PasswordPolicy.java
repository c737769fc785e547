package io.switchboard.domain.model.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one password rule of Switchboard, applied wherever a password is set: a staff member added in the console,
 * the API or a batch sheet, an agent added through the API, a password reset, a tenant's first administrator and
 * the demo accounts. Before it each entry point had its own minimum (1, 8 or none), so the weakest door decided.
 *
 * <p>A password must be at least {@value #MIN_LENGTH} characters (length is what slows guessing most, NIST SP
 * 800-63B), at most {@value #MAX_LENGTH}, not one of the common passwords shipped with the product (attackers try
 * those first, whatever their length), and must not contain the login name (the first thing guessed after the
 * common list). No composition rules (digits, capitals): they push people to {@code Password1!}, which the list
 * catches. Comparisons ignore case, as guessers do.
 *
 * <p>The list is {@code common-passwords.txt} beside this class, loaded once: see its header for the source.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    /** Login names shorter than this are only refused as the whole password, not as a part of it. */
    static final int MIN_LOGIN_PART = 3;
    private static final String LIST = "common-passwords.txt";

    /** Each way a password can fail, with the English text the API shows; the console translates by {@link #key()}. */
    public enum Rule {
        REQUIRED("must not be blank"),
        TOO_SHORT("must be at least " + MIN_LENGTH + " characters long"),
        TOO_LONG("must be at most " + MAX_LENGTH + " characters long"),
        COMMON("is one of the most common passwords; choose one that is harder to guess"),
        CONTAINS_LOGIN("must not contain the login name");

        private final String message;

        Rule(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        /** The suffix of the translation key, e.g. {@code tooShort}. */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    private static final class Standard {
        static final PasswordPolicy INSTANCE = new PasswordPolicy(load());
    }

    private final Set<String> common;

    /** A policy with its own list (lower-cased here), for tests. */
    public PasswordPolicy(Set<String> commonPasswords) {
        Set<String> lower = new HashSet<>();
        commonPasswords.forEach(p -> lower.add(p.toLowerCase(Locale.ROOT)));
        this.common = Set.copyOf(lower);
    }

    /** The policy with the shipped list. */
    public static PasswordPolicy standard() {
        return Standard.INSTANCE;
    }

    /**
     * The first rule the password breaks, or empty when it is acceptable.
     *
     * @param loginName the account's login name, or null when it is not known yet (then only that check is skipped)
     */
    public Optional<Rule> check(String password, String loginName) {
        if (password == null || password.isBlank()) {
            return Optional.of(Rule.REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Rule.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Rule.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            return Optional.of(Rule.COMMON);
        }
        String login = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        if (!login.isEmpty() && (lower.equals(login) || login.length() >= MIN_LOGIN_PART && lower.contains(login))) {
            return Optional.of(Rule.CONTAINS_LOGIN);
        }
        return Optional.empty();
    }

    public boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    public int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return words;
    }
}
