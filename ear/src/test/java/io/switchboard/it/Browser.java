package io.switchboard.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that does not follow redirects, so tests see each 302 and its Location. */
final class Browser {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Endpoint server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String language;

    Browser(Endpoint server, String language) {
        this.server = server;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.url(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    /** A form post with extra headers, e.g. the {@code Origin} a page of another site would send. */
    HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Opens the login page and submits the login form as a user would; returns the answer to the submit. */
    HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("login page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post("/login.xhtml", form);
    }

    Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(server.url("/")).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no JSF view state in page");
        }
        return m.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept-Language", language).timeout(Duration.ofSeconds(30));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
