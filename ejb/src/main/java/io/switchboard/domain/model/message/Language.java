package io.switchboard.domain.model.message;

/**
 * The language a visitor reads: every text a visitor is shown (site texts, dialog and timer messages) has a Chinese
 * value and an English one, and a conversation keeps the language its visitor came with (the widget's
 * {@code data-lang} or the browser's, the IM API's {@code lang}).
 */
public enum Language {
    ZH, EN;

    /**
     * A language tag as a page or a partner gives it ({@code zh}, {@code zh-CN}, {@code en-GB}, {@code fr}): Chinese
     * for Chinese, English for any other language, Chinese (the tenant's texts as written) when none is given.
     */
    public static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return ZH;
        }
        return tag.strip().toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** The tag stored with a conversation and written to clients. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
