package io.switchboard.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language: Simplified Chinese or English, first from the browser's Accept-Language (Chinese for any
 * {@code zh}, English otherwise), then as the user switches it.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromBrowser();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(getLanguage());
    }

    public void switchTo(String language) {
        locale = "zh".equals(language) ? CHINESE : ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    private static Locale fromBrowser() {
        var requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (requested.hasNext()) {
            String language = requested.next().getLanguage();
            if ("zh".equals(language)) {
                return CHINESE;
            }
            if ("en".equals(language)) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
