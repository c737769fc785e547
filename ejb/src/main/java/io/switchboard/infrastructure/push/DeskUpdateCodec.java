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

    /** The queue snapshot a desk update without agent and visitor carries. */
    public static QueueSnapshot snapshot(String frame) {
        try {
            QueueSnapshot s = JSONB.fromJson(frame, QueueSnapshot.class);
            if (s == null || !QueueSnapshot.TYPE.equals(s.type()) || s.places() == null) {
                throw new IllegalArgumentException("not a queue snapshot: " + frame);
            }
            return s;
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not a queue snapshot: " + e.getMessage(), e);
        }
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
