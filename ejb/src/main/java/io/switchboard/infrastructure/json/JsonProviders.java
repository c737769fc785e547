package io.switchboard.infrastructure.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createReader}, {@code Json.createObjectBuilder} and the like look
 * the provider up again on every call (a service-loader search of the deployment's class path, which a profile of
 * the flows load showed among the hottest frames); code on a per-line path uses {@link #PROVIDER} instead.
 */
public final class JsonProviders {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonProviders() {
    }
}
