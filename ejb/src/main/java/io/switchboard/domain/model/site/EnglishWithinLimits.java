package io.switchboard.domain.model.site;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Each English site text is held to the length of its Chinese field (a button text to 20 characters, a picker title
 * to 50 …), so the English side cannot break the widget's layout where the Chinese side could not. A text over its
 * limit is reported on {@code english[<path>]}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnglishWithinLimits.Check.class)
public @interface EnglishWithinLimits {

    String message() default "size must be between 0 and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: every English text against {@link WidgetSettings#ENGLISH_MAX} for its path. */
    class Check implements ConstraintValidator<EnglishWithinLimits, WidgetSettings> {

        @Override
        public boolean isValid(WidgetSettings settings, ConstraintValidatorContext context) {
            if (settings == null || settings.english() == null) {
                return true;
            }
            boolean valid = true;
            for (Map.Entry<String, String> e : settings.english().entrySet()) {
                Integer max = WidgetSettings.ENGLISH_MAX.get(e.getKey());
                if (max != null && e.getValue() != null && e.getValue().length() > max) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate("size must be between 0 and " + max)
                            .addPropertyNode("english").addBeanNode().inIterable().atKey(e.getKey())
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
