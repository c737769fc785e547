package io.switchboard.infrastructure.persistence;

import java.util.Locale;

/**
 * Search boxes in JPQL: a {@code lower(x) like :q escape '!'} pattern that finds the text anywhere, case-insensitive,
 * with {@code %} and {@code _} taken as characters rather than wildcards.
 */
final class LikePattern {

    private LikePattern() {
    }

    static boolean given(String query) {
        return query != null && !query.isBlank();
    }

    static String contains(String query) {
        String s = query.strip().toLowerCase(Locale.ROOT);
        return "%" + s.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
