package io.switchboard.interfaces.web.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audited change changed, field by field: the before and after documents (JSON, as the audit trail stores
 * them) flattened to dotted paths ({@code messages.allBusy}, {@code button.color}); a list is one field, compared
 * whole, a list of strings regardless of order. A creation lists every field as added, a deletion every field as
 * removed. Plain Java, no container.
 */
public final class AuditDiff {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** Fields whose value names the thing changed, in the order they are tried. */
    private static final List<String> NAME_FIELDS = List.of("displayName", "nickname", "fullName", "name", "username",
            "word", "title", "value", "category");

    private AuditDiff() {
    }

    /** One field that differs; {@code before} or {@code after} is null when the field was added or removed. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    public static List<Change> changes(String before, String after) {
        Map<String, String> b = flatten(parse(before));
        Map<String, String> a = flatten(parse(after));
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = b.get(field);
            String now = a.get(field);
            if (was == null ? now != null : !was.equals(now)) {
                changes.add(new Change(field, was, now));
            }
        }
        return changes;
    }

    /** The name of the thing changed, read from its document (after, else before), or null. */
    public static String name(String before, String after) {
        for (String doc : new String[] {after, before}) {
            if (parse(doc) instanceof JsonObject o) {
                for (String field : NAME_FIELDS) {
                    if (o.get(field) instanceof JsonString s && !s.getString().isBlank()) {
                        return s.getString();
                    }
                }
            }
        }
        return null;
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.createReader(new StringReader(json)).readValue();
        } catch (RuntimeException e) {
            return JSON.createValue(json); // not JSON (older entries): one value, shown as it is
        }
    }

    private static Map<String, String> flatten(JsonValue value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value != null) {
            flatten("", value, fields);
        }
        return fields;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> into) {
        if (value instanceof JsonObject o && !(o.isEmpty() && !path.isEmpty())) {
            o.forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, into));
            return;
        }
        into.put(path.isEmpty() ? "value" : path, text(value));
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray a && a.stream().allMatch(v -> v instanceof JsonString)) {
            // a list of names (work days, tags, regions) in a stable order: the same names written in another order
            // (a set serialised as it iterates) is no change
            return String.join(", ", a.stream().map(v -> ((JsonString) v).getString()).sorted().toList());
        }
        return value == JsonValue.NULL ? "" : value.toString();
    }
}
