package io.switchboard.interfaces.web.admin;

import io.switchboard.application.ConflictException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.interfaces.web.Messages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Runs one console change and reports it: a success message, or the service's refusal next to the field it names
 * (a bean-validation field, or a conflict such as a taken employee number) and as a summary. The callback
 * parameter {@code ok} lets a dialog close only when the change was saved.
 */
@RequestScoped
public class ConsoleActions {

    @Inject
    Messages messages;

    /**
     * @param formId     the form whose inputs carry the field names as ids (e.g. "agent-form" → agent-form:email)
     * @param successKey the bundle key of the success message, or null for none
     */
    public boolean run(String formId, Runnable action, String successKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            if (successKey != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(successKey), null));
            }
            PrimeFaces.current().ajax().addCallbackParam("ok", true);
            return true;
        } catch (RuntimeException e) {
            Throwable t = unwrap(e);
            if (t instanceof ConstraintViolationException v) {
                for (ConstraintViolation<?> c : v.getConstraintViolations()) {
                    if (!field(faces, formId, c.getPropertyPath(), c.getMessage())) {
                        error(faces, properties(c.getPropertyPath()) + ": " + c.getMessage());
                    }
                }
                error(faces, messages.get("console.invalid"));
            } else if (t instanceof ConflictException c && c.field() != null) {
                mark(faces, formId, List.of(c.field()), c.getMessage());
                error(faces, c.getMessage());
            } else if (t instanceof InvalidFieldException f) {
                mark(faces, formId, List.of(f.field()), f.reason());
                error(faces, f.getMessage());
            } else {
                error(faces, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            }
            PrimeFaces.current().ajax().addCallbackParam("ok", false);
            faces.validationFailed();
            return false;
        }
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The property names of a violation's path, without the method and parameter of a method validation. */
    private static List<String> names(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names;
    }

    private static String properties(Path path) {
        return String.join(".", names(path));
    }

    /**
     * Puts the message on the form's input named after the field: first the whole path joined by '-'
     * ("queueTimeout-seconds"), then the last name alone ("email"). Inputs inside tabs are found as well.
     */
    private static boolean field(FacesContext faces, String formId, Path path, String text) {
        List<String> names = names(path);
        if (names.isEmpty()) {
            return false;
        }
        return mark(faces, formId, List.of(String.join("-", names), names.get(names.size() - 1)), text);
    }

    private static boolean mark(FacesContext faces, String formId, List<String> ids, String text) {
        UIComponent form = formId == null ? null : faces.getViewRoot().findComponent(":" + formId);
        if (form == null) {
            return false;
        }
        for (String id : ids) {
            UIComponent input = find(form, id);
            if (input != null) {
                faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                return true;
            }
        }
        return false;
    }

    private static UIComponent find(UIComponent parent, String id) {
        for (java.util.Iterator<UIComponent> it = parent.getFacetsAndChildren(); it.hasNext(); ) {
            UIComponent child = it.next();
            if (id.equals(child.getId())) {
                return child;
            }
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A text of the current language. */
    public String text(String key) {
        return messages.get(key);
    }

    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }
}
