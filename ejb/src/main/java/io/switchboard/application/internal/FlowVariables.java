package io.switchboard.application.internal;

import io.switchboard.infrastructure.json.JsonProviders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** A flow's variables as stored: one JSON object of strings. */
final class FlowVariables {

    private FlowVariables() {
    }

    static Map<String, String> parse(String json) {
        Map<String, String> out = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = JsonProviders.PROVIDER.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, v.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) v).getString() : v.toString()));
        }
        return out;
    }

    static String json(Map<String, String> variables) {
        JsonObjectBuilder b = JsonProviders.PROVIDER.createObjectBuilder();
        variables.forEach((k, v) -> b.add(k, v == null ? "" : v));
        return b.build().toString();
    }
}
