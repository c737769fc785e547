package io.switchboard.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the current view's language from the {@code msg} bundle, for messages built in Java. */
@RequestScoped
public class Messages {

    public String get(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    /** Whether the bundle has this key (texts looked up by a code that may have none). */
    public boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    public String format(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(args);
    }

    /** The texts whose keys start with {@code prefix}, keyed by the rest of the key (a page script's texts). */
    public java.util.Map<String, String> startingWith(String prefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), bundle.getString(key));
            }
        }
        return texts;
    }
}
