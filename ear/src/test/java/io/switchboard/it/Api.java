package io.switchboard.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The partner API as a partner backend calls it: JSON over HTTP with a bearer key. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, JsonNode body) {
    }

    /** A tenant opened through the platform API for one test: its admin login and API key. */
    record Tenant(String id, String code, String adminUsername, String adminPassword, String apiKey) {
    }

    private final Endpoint server;
    private final String key;

    Api(Endpoint server, String key) {
        this.server = server;
        this.key = key;
    }

    static Tenant newTenant(Endpoint server, String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "Pw-" + UUID.randomUUID();
        Reply r = new Api(server, server.platformKey()).post("/api/platform/tenants", Map.of(
                "code", prefix + "-" + suffix, "name", prefix + " Ltd " + suffix,
                "adminUsername", prefix + "-admin-" + suffix, "adminPassword", password));
        if (r.status() != 201) {
            throw new AssertionError("tenant not created: " + r);
        }
        return new Tenant(r.body().get("tenantId").asText(), r.body().get("code").asText(),
                r.body().get("adminUsername").asText(), password, r.body().get("apiKey").asText());
    }

    /** A widget site of a new tenant: the tenant's API, the site key and the signing secret of the creation answer. */
    record Site(Api api, String key, String secret) {
    }

    static Site newSite(Endpoint server, String prefix) {
        Api api = new Api(server, newTenant(server, prefix).apiKey());
        JsonNode site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body();
        return new Site(api, site.get("siteKey").asText(), site.get("secret").asText());
    }

    /**
     * The widget's session request for an anonymous visitor, with its {@link #visitorSecret}: the pass its socket,
     * page views and uploads present (from 127.0.0.1, where this client connects from).
     */
    static String visitorPass(Endpoint server, String site, String visitor) {
        Reply r = new Api(server, null).post("/api/widget/" + site + "/sessions",
                Map.of("visitorId", visitor, "visitorSecret", visitorSecret(visitor)));
        if (r.status() != 201) {
            throw new AssertionError("no widget session for " + visitor + ": " + r);
        }
        return r.body().get("pass").asText();
    }

    /**
     * The secret an anonymous visitor's browser keeps with its id, as the widget makes one (32 hex digits); the
     * same for the same id, so every session of a test's visitor agrees with the first, which bound it.
     */
    static String visitorSecret(String visitor) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("it-secret-" + visitor).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The bearer key this client sends (null: none). */
    String key() {
        return key;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Reply postRaw(String path, String rawBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A file upload as a raw body (CSV, XLSX). */
    Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A file for a conversation ({@code POST /api/v1/files}): raw bytes with their name. */
    Reply postFile(String path, String fileName, byte[] body) {
        return send(request(path).header("Content-Type", "application/octet-stream").header("X-File-Name", fileName)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A file download: status, type, the bytes and the Content-Disposition header. */
    record Download(int status, String contentType, byte[] body, String disposition) {
    }

    Download download(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Content-Disposition").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
