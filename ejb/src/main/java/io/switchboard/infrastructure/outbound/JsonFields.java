package io.switchboard.infrastructure.outbound;

import io.switchboard.infrastructure.json.JsonProviders;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields of a JSON answer by the simple paths a flow's API node names ({@code $.data.level},
 * {@code $.items[0].id}): members and array indexes only. A text is taken as it is, a number or boolean as written,
 * an object or array as its JSON; a missing field, null or an answer that is not JSON gives nothing.
 */
public final class JsonFields implements Function<String, Optional<String>> {

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)|\\[([0-9]+)]");

    private final JsonValue root;

    private JsonFields(JsonValue root) {
        this.root = root;
    }

    /** The answer's fields; an answer that is not JSON has none. */
    public static JsonFields of(String body) {
        try {
            return new JsonFields(body == null || body.isBlank() ? null
                    : JsonProviders.PROVIDER.createReader(new StringReader(body)).readValue());
        } catch (jakarta.json.JsonException e) { // a parsing error too
            return new JsonFields(null);
        }
    }

    @Override
    public Optional<String> apply(String path) {
        if (root == null || path == null || !path.startsWith("$")) {
            return Optional.empty();
        }
        JsonValue at = root;
        Matcher m = STEP.matcher(path);
        int end = 1;
        while (m.find() && m.start() == end) {
            end = m.end();
            if (m.group(1) != null) {
                at = at instanceof JsonObject o ? o.get(m.group(1)) : null;
            } else {
                int index = Integer.parseInt(m.group(2));
                at = at instanceof JsonArray a && index < a.size() ? a.get(index) : null;
            }
            if (at == null) {
                return Optional.empty();
            }
        }
        if (end != path.length() || at.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        return Optional.of(switch (at.getValueType()) {
            case STRING -> ((JsonString) at).getString();
            case NUMBER -> ((JsonNumber) at).toString();
            default -> at.toString();
        });
    }
}
