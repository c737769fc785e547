package io.switchboard.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal that a user interface says in its own language. The exception's message stays the English text the
 * API's partners read; {@link #code()} names the kind of refusal (e.g. {@code site.openConversations}) and
 * {@link #arguments()} are the values its text names. The console and the workbench show the bundle text
 * {@code error.<code>} with the arguments as {0}, {1} …; a socket's error frame carries them as {@code reason} and
 * {@code arguments}, an API problem document as {@code code} and {@code arguments}, so a client translates too.
 * <p>
 * An interface, not a base class: {@link InvalidFieldException} stays an {@link IllegalArgumentException}, which the
 * API's 400, the sockets' {@code invalid} and the callers that catch a bad argument rely on. Each refusal keeps its
 * own {@code coded(code, values…)}, returning its own type, so {@code throw new ConflictException(..).coded(..)}
 * still throws a {@code ConflictException}.
 */
public interface CodedRefusal {

    /** The input field refused, or null when the request as a whole is. */
    String field();

    /** The refusal's kind and values; {@link Coding#NONE} when only the English message says it. */
    Coding coding();

    /** The kind of refusal, or null when only the English message says it. */
    default String code() {
        return coding().code();
    }

    /** The values the text names, as text; empty without a code. */
    default List<String> arguments() {
        return coding().arguments();
    }

    /**
     * A refusal's kind and the values its text names. Values are kept as text: a number as its plain digits (an id
     * reads as it does in the API, not "12,345"), an enum by its name, so the server's text and a client's
     * translation show the same.
     */
    record Coding(String code, List<String> arguments) implements Serializable {

        public static final Coding NONE = new Coding(null, List.of());

        public static Coding of(String code, Object... values) {
            return new Coding(code, Arrays.stream(values)
                    .map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList());
        }
    }
}
