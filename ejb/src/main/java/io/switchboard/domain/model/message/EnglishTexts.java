package io.switchboard.domain.model.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The English side of a group of visitor-facing texts: the admin's English text per field path (for example
 * {@code messages.welcome}), with an English default for every path. The Chinese side is the settings' own field;
 * an English text left empty means "the same as the Chinese one" (a company name, an address).
 */
public final class EnglishTexts {

    private final Map<String, String> defaults;

    /** @param defaults path → English default, in the order the console lists them */
    public EnglishTexts(Map<String, String> defaults) {
        this.defaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** The paths that have an English text, in the console's order. */
    public Set<String> paths() {
        return defaults.keySet();
    }

    /** Every path's English default, in the console's order. */
    public Map<String, String> defaults() {
        return defaults;
    }

    /**
     * What the settings keep: the admin's texts, with the default for a known path the admin left out (or stored
     * before it existed). Unknown paths stay, for the settings' validation to refuse by name.
     */
    public Map<String, String> complete(Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        if (given != null) {
            given.forEach((path, text) -> all.put(path, text == null ? "" : text));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The text an English visitor sees for {@code path}, whose Chinese text is {@code chinese}. */
    public static String englishOr(Map<String, String> english, String path, String chinese) {
        String text = english.get(path);
        return text == null || text.isBlank() ? chinese : text;
    }
}
