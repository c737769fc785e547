package io.switchboard.domain.model.moderation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tenant's sensitive-word list as a matcher (AD-7). Matching ignores case and width-insensitive spacing tricks
 * are not attempted: a word matches where it appears as written (Chinese has no word boundaries, so a word
 * matches inside longer text too). Immutable; built once per check from the stored list.
 */
public final class SensitiveWords {

    private final List<String> words;

    public SensitiveWords(Collection<String> words) {
        Set<String> unique = new LinkedHashSet<>();
        for (String w : words) {
            String n = normalise(w);
            if (!n.isEmpty()) {
                unique.add(n);
            }
        }
        this.words = List.copyOf(unique);
    }

    public static String normalise(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }

    /** The listed words that occur in the text, in list order. */
    public List<String> find(String text) {
        if (text == null || text.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String w : words) {
            if (haystack.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
