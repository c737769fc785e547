package io.switchboard.interfaces.web.admin;

import io.switchboard.application.CodedRefusal;
import io.switchboard.application.ConflictException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.WeakPasswordException;
import io.switchboard.domain.model.account.PasswordPolicy;
import io.switchboard.interfaces.web.Messages;
import io.switchboard.interfaces.web.socket.SocketError;
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
 * (a bean-validation field, a conflict such as a taken employee number, a refused password in the user's language)
 * and as a summary. A refusal the services name ({@link CodedRefusal}: a conflict, something not found, a wrong
 * value) is said with the bundle's {@code error.<code>}; only one without a text there shows the English message.
 * The callback
 * parameter {@code ok} lets a dialog close only when the change was saved.
 */
@RequestScoped
public class ConsoleActions {

    @Inject
    Messages messages;
    @Inject
    jakarta.validation.Validator validator;

    /**
     * Checks a value with the constraints the API checks it with (its bean-validation annotations), before the
     * service sees it, so the console refuses exactly what the API refuses, each problem beside its field.
     *
     * @throws ConstraintViolationException naming every broken constraint
     */
    public <T> T valid(T value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /** A required text the API refuses blank ({@code @NotBlank}), refused beside its field. */
    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new io.switchboard.application.InvalidFieldException(field, messages.get("console.required"));
        }
        return value.strip();
    }

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
            Throwable t = SocketError.unwrap(e);
            if (t instanceof CodedRefusal r && r.code() != null && messages.has("error." + r.code())) {
                // a refusal the bundle names: said in the console's language, beside its field when the form has it
                String text = messages.format("error." + r.code(), r.arguments().toArray());
                if (r.field() == null || !mark(faces, formId, List.of(r.field()), text)) {
                    error(faces, text);
                }
                if (t instanceof InvalidFieldException) {
                    error(faces, messages.get("console.invalid"));
                }
            } else if (t instanceof ConstraintViolationException v) {
                for (ConstraintViolation<?> c : v.getConstraintViolations()) {
                    String text = ConstraintTexts.text(c, messages);
                    if (!field(faces, formId, c.getPropertyPath(), text)) {
                        error(faces, properties(c.getPropertyPath()) + ": " + text);
                    }
                }
                error(faces, messages.get("console.invalid"));
            } else if (t instanceof ConflictException c && c.field() != null) {
                mark(faces, formId, List.of(c.field()), c.getMessage());
                error(faces, c.getMessage());
            } else if (t instanceof InvalidFieldException f) {
                String text = text(f);
                if (!mark(faces, formId, List.of(f.field()), text)) {
                    error(faces, f.field() + ": " + text);
                }
                error(faces, messages.get("console.invalid"));
            } else if (t instanceof NotFoundException n && n.field() != null) {
                mark(faces, formId, List.of(n.field()), n.getMessage());
                error(faces, n.getMessage());
            } else {
                error(faces, t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            }
            PrimeFaces.current().ajax().addCallbackParam("ok", false);
            faces.validationFailed();
            return false;
        }
    }

    /** A refused password in the user's language (the rule decides the text); other field errors as the service says. */
    private String text(InvalidFieldException f) {
        if (f instanceof WeakPasswordException w) {
            return messages.format("console.password." + w.rule().key(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        return f.fieldMessage();
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
        for (Path.Node node : path) {
            if (node.getKey() instanceof String key && mark(faces, formId, List.of("en-" + key.replace('.', '-')), text)) {
                return true; // an English text (english[messages.welcome]): its input is en-messages-welcome
            }
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

    /** Whether the console's bundle has this key. */
    public boolean has(String key) {
        return messages.has(key);
    }

    /** A text of the current language. */
    public String text(String key) {
        return messages.get(key);
    }

    /** A text of the current language with its {0}, {1} … filled in. */
    public String format(String key, Object... args) {
        return messages.format(key, args);
    }

    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }

    /** An information with its {0}, {1} … filled in. */
    public void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, args), null));
    }
}
