package io.switchboard.infrastructure.push;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** JSON of {@link DeskUpdate} on the events topic, and of the frames inside it (JSON-B). */
public final class DeskUpdateCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private DeskUpdateCodec() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    public static DeskUpdate fromJson(String json) {
        try {
            DeskUpdate u = JSONB.fromJson(json, DeskUpdate.class);
            if (u == null || u.tenantId() == null || u.frame() == null) {
                throw new IllegalArgumentException("desk update is missing fields: " + json);
            }
            return u;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a desk update: " + e.getMessage(), e);
        }
    }
}
