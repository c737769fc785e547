package io.switchboard.domain.model.flow;

import java.util.regex.Pattern;

/** What a collect node accepts; the value is stored as the visitor typed it, trimmed (phone: without separators). */
public enum InputKind {
    TEXT,
    DIGITS,
    /** A mobile or landline number: 5 to 20 digits, an optional leading +, separators (space, -, brackets) dropped. */
    PHONE,
    EMAIL,
    /** The node's own regular expression, matched against the whole value. */
    PATTERN;

    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9]{1,64}");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * The value to store, or null when the input is not of this kind.
     *
     * @param pattern the node's pattern (for {@link #PATTERN})
     */
    public String accept(String input, Pattern pattern) {
        String v = input == null ? "" : input.strip();
        if (v.isEmpty() || v.length() > 500) {
            return null;
        }
        return switch (this) {
            case TEXT -> v;
            case DIGITS -> DIGITS_ONLY.matcher(v).matches() ? v : null;
            case PHONE -> {
                String n = v.replaceAll("[\\s()\\-]", "");
                yield PHONE_NUMBER.matcher(n).matches() ? n : null;
            }
            case EMAIL -> MAIL.matcher(v).matches() && v.length() <= 254 ? v : null;
            case PATTERN -> pattern != null && matchesBounded(pattern, v) ? v : null;
        };
    }

    /** An administrator's pattern on a visitor's text: a pattern that backtracks without end is cut off, not run on. */
    private static boolean matchesBounded(Pattern pattern, String value) {
        try {
            return pattern.matcher(new Bounded(value, 100_000)).matches();
        } catch (IllegalStateException tooLong) {
            return false;
        }
    }

    /** The text, read at most {@code budget} characters' worth by the matcher. */
    private static final class Bounded implements CharSequence {
        private final String text;
        private int budget;

        Bounded(String text, int budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new IllegalStateException("pattern ran too long");
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
