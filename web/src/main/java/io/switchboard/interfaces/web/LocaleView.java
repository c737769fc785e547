package io.switchboard.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language: Simplified Chinese or English. A language the user chose is kept in a cookie for a year, so it
 * survives sign-out and the next sign-in; without one, the browser's Accept-Language decides (Chinese for any
 * {@code zh}, English otherwise).
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
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().addResponseCookie(COOKIE, locale.getLanguage(), java.util.Map.of(
                "maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE, "secure",
                ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).isSecure(),
                "SameSite", "Lax"));
    }

    /** The cookie that keeps the user's choice of language: {@code zh} or {@code en}. */
    static final String COOKIE = "sb-lang";

    private static Locale fromBrowser() {
        Object chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        if (chosen instanceof jakarta.servlet.http.Cookie c) {
            if ("zh".equals(c.getValue())) {
                return CHINESE;
            }
            if ("en".equals(c.getValue())) {
                return ENGLISH;
            }
        }
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
