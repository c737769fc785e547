package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem documents, as the partner API answers a refused request. */
final class Problems {

    private Problems() {
    }

    /**
     * The reply is a problem document with this status whose first field error names {@code field} and whose message
     * contains {@code text} (ignoring case).
     */
    static JsonNode assertFieldProblem(Api.Reply reply, int status, String field, String text) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals(status, reply.body().get("status").asInt(), reply.toString());
        JsonNode error = reply.body().path("errors").path(0);
        assertEquals(field, error.path("field").asText(), reply.toString());
        assertTrue(error.path("message").asText().toLowerCase().contains(text.toLowerCase()), reply.toString());
        return error;
    }

    /**
     * Two refusals that must not be told apart (an id of another tenant, an id that does not exist): same status,
     * same detail and field errors once each id is replaced by a placeholder.
     */
    static void assertSameAnswer(Api.Reply foreign, long foreignId, Api.Reply unknown, long unknownId) {
        assertEquals(unknown.status(), foreign.status(), foreign + " / " + unknown);
        assertEquals(unknown.contentType(), foreign.contentType());
        for (String part : new String[] {"detail", "errors"}) {
            assertEquals(mask(unknown.body().path(part).toString(), unknownId),
                    mask(foreign.body().path(part).toString(), foreignId), part);
        }
    }

    private static String mask(String text, long id) {
        return text.replaceAll("\\b" + id + "\\b", "<id>");
    }
}
