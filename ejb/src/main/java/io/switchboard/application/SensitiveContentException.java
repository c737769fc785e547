package io.switchboard.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A message contains sensitive words and the tenant blocks them (AD-7): refused, nothing stored (HTTP 422). */
@ApplicationException(rollback = true)
public class SensitiveContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> words;

    public SensitiveContentException(List<String> words) {
        super("the message contains sensitive words: " + String.join(", ", words));
        this.words = List.copyOf(words);
    }

    public List<String> words() {
        return words;
    }
}
