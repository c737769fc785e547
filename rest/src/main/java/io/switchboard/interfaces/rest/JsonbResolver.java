package io.switchboard.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and answer of the API. Without a resolver RESTEasy builds a new
 * {@link Jsonb} per request, and each build searches the class path for providers (a profile of the load test
 * showed those searches as the server's most contended lock). Default configuration, as before.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
