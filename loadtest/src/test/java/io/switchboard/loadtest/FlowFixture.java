package io.switchboard.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The flow of the {@code flows} scenario, made through the public API on the fixture's tenant and published, and
 * the routing rule that sends every new conversation to it: menu (1 = 查订单, 2 = 结束) → HTTP node (the order
 * service, its {@code $.data.status} into {@code status}) → "订单状态：${status}" → the menu again.
 */
final class FlowFixture {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private FlowFixture() {
    }

    static void install(Fixture.Data fixture, String orderService) {
        try {
            String key = fixture.apiKey();
            long flow = call(key, "POST", "/api/v1/flows", Map.of("name", "压测流程")).get("flow").get("id").asLong();
            List<Object> nodes = List.of(
                    Map.of("id", "start", "kind", "START"),
                    Map.of("id", "menu", "kind", "MENU", "text", "请选择：", "options",
                            List.of(Map.of("key", "1", "label", "查订单"), Map.of("key", "2", "label", "结束"))),
                    Map.of("id", "api", "kind", "HTTP", "url", orderService, "retries", 1, "timeoutSeconds", 5,
                            "body", Map.of("visitor", "${visitor.id}"),
                            "outputs", List.of(Map.of("variable", "status", "path", "$.data.status", "defaultValue", "未知"))),
                    Map.of("id", "status", "kind", "MESSAGE", "text", FlowsSimulation.STATUS_LINE + "${status}"),
                    Map.of("id", "bye", "kind", "END", "text", "再见"));
            List<Object> edges = List.of(edge("start", "next", "menu"), edge("menu", "1", "api"), edge("menu", "2", "bye"),
                    edge("api", "next", "status"), edge("api", "failed", "status"), edge("status", "next", "menu"));
            JsonNode draft = call(key, "PUT", "/api/v1/flows/" + flow + "/draft", Map.of("nodes", nodes, "edges", edges));
            if (draft.path("problems").size() > 0) {
                throw new IllegalStateException("the load flow is refused: " + draft.get("problems"));
            }
            call(key, "POST", "/api/v1/flows/" + flow + "/publish", Map.of());
            ObjectNode settings = (ObjectNode) call(key, "GET", "/api/v1/routing-settings", null);
            ArrayNode rules = settings.putArray("rules");
            rules.addObject().put("match", "DEFAULT").put("target", "BOT").put("flowId", flow);
            call(key, "PUT", "/api/v1/routing-settings", settings);
            System.out.println("flow fixture: flow " + flow + " published, every new conversation goes to it");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> edge(String from, String port, String to) {
        return Map.of("from", from, "port", port, "to", to);
    }

    private static JsonNode call(String key, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LoadConfig.baseUrl() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Fixture.JSON.writeValueAsString(body)));
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? Fixture.JSON.createObjectNode() : Fixture.JSON.readTree(r.body());
    }
}
