package io.switchboard.interfaces.web.admin;

import io.switchboard.domain.model.site.WidgetSettings;
import io.switchboard.interfaces.web.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A broken constraint said in the console's language: the API's checks (bean-validation annotations) keep their
 * English messages for partners, the console shows the bundle's text for the kind of constraint, with its limits
 * ({@code validation.Size} = "长度须在 {0} 到 {1} 之间"). A constraint without a text keeps its own message.
 */
final class ConstraintTexts {

    private ConstraintTexts() {
    }

    static String text(ConstraintViolation<?> violation, Messages messages) {
        var descriptor = violation.getConstraintDescriptor();
        String kind = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        if (descriptor.getAnnotation() instanceof Pattern p) {
            if (WidgetSettings.COLOR.equals(p.regexp())) {
                kind = "Colour";
            } else if (WidgetSettings.URL.equals(p.regexp())) {
                kind = "Url";
            }
        }
        if ("EnglishWithinLimits".equals(kind)) {
            // an English site text over its Chinese field's length: said as any length limit
            for (var node : violation.getPropertyPath()) {
                if (node.getKey() instanceof String path && WidgetSettings.ENGLISH_MAX.containsKey(path)) {
                    return messages.format("validation.Size", 0, WidgetSettings.ENGLISH_MAX.get(path));
                }
            }
        }
        String key = "validation." + kind;
        if (!messages.has(key)) {
            return violation.getMessage();
        }
        return switch (kind) {
            case "Size" -> messages.format(key, attributes.get("min"), attributes.get("max"));
            case "Min", "Max" -> messages.format(key, attributes.get("value"));
            default -> messages.get(key);
        };
    }
}
