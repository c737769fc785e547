package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversation flows through the API (issue 20, FL-1): a draft is saved with its problems named at their nodes,
 * publishing refuses it until they are fixed, versions are numbered and can be rolled back, a flow travels as JSON;
 * bad input (a loop that never waits, an API node aimed at a private address, a 10 MB import, another tenant's id)
 * gets a clear error and changes nothing.
 */
@ExtendWith(SwitchboardServer.class)
class FlowApiIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aFlowIsDraftedValidatedPublishedAndRolledBack() {
        Api api = new Api(server, Api.newTenant(server, "flow").apiKey());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        Api.Reply created = api.post("/api/v1/flows", Map.of("name", "售前接待", "description", "官网访客"));
        assertEquals(201, created.status(), created.toString());
        long id = created.body().get("flow").get("id").asLong();
        assertEquals(0, created.body().get("problems").size(), "the starter flow is sound: " + created);
        assertEquals("START", created.body().get("draft").get("nodes").get(0).get("kind").asText());

        // a half-done draft is saved, and its problems are named where they are
        Map<String, Object> broken = graph(group + 1000, "http://10.0.0.1/orders", false, "${orderNo}");
        Api.Reply saved = api.put("/api/v1/flows/" + id + "/draft", broken);
        assertEquals(200, saved.status(), saved.toString());
        List<String> problems = codes(saved.body().get("problems"));
        for (String expected : List.of("missingDefault@vip", "unknownSkillGroup@human", "urlRefused@api",
                "unknownVariable@bye", "unreachable@lost")) {
            assertTrue(problems.contains(expected), expected + " in " + problems);
        }
        assertEquals(problems, codes(api.post("/api/v1/flows/" + id + "/validate", Map.of()).body().get("problems")));
        Api.Reply refused = api.post("/api/v1/flows/" + id + "/publish", Map.of());
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("flow.invalid", refused.body().get("code").asText());
        assertTrue(refused.body().get("errors").toString().contains("nodes[vip]"), refused.toString());
        assertEquals(0, api.get("/api/v1/flows/" + id).body().get("flow").get("latestVersion").asInt(), "nothing published");

        // fixed: published as version 1; a changed draft becomes version 2; version 1 can be made active again
        Api.Reply fixed = api.put("/api/v1/flows/" + id + "/draft", graph(group, "http://127.0.0.2:9/orders", true, "${level}"));
        assertEquals(0, fixed.body().get("problems").size(), fixed.toString());
        Api.Reply v1 = api.post("/api/v1/flows/" + id + "/publish", Map.of());
        assertEquals(201, v1.status(), v1.toString());
        assertEquals(1, v1.body().get("version").asInt());
        api.put("/api/v1/flows/" + id + "/draft", graph(group, "http://127.0.0.2:9/orders", true, "再见 ${level}"));
        assertEquals(2, api.post("/api/v1/flows/" + id + "/publish", Map.of()).body().get("version").asInt());
        JsonNode active = api.post("/api/v1/flows/" + id + "/versions/1/activate", Map.of()).body();
        assertEquals(1, active.get("flow").get("activeVersion").asInt());
        assertEquals(2, active.get("versions").size());
        assertTrue(active.get("versions").get(1).get("active").asBoolean(), "version 1 (listed second) is active");
        assertEquals("感谢您的咨询 ${level}", node(api.get("/api/v1/flows/" + id + "/versions/1").body(), "bye").get("text").asText(),
                "a version keeps the graph it was published with");
        assertEquals(404, api.post("/api/v1/flows/" + id + "/versions/3/activate", Map.of()).status());

        // exported and imported: a new draft with the same graph and a free name
        JsonNode export = api.get("/api/v1/flows/" + id + "/export").body();
        assertEquals("switchboard-flow/1", export.get("format").asText());
        Api.Reply imported = api.postBytes("/api/v1/flows/import", "application/json",
                export.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.toString());
        assertEquals("售前接待 (2)", imported.body().get("flow").get("name").asText());
        assertEquals(export.get("graph"), imported.body().get("draft"));
        assertEquals(2, api.get("/api/v1/flows?q=售前").body().get("total").asInt());
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() {
        Api api = new Api(server, Api.newTenant(server, "flowbad").apiKey());
        long id = api.post("/api/v1/flows", Map.of("name", "循环")).body().get("flow").get("id").asLong();
        assertEquals(409, api.post("/api/v1/flows", Map.of("name", "循环")).status(), "the name is taken");

        // a loop of a message and a condition never waits for the visitor
        Map<String, Object> spin = Map.of("nodes", List.of(Map.of("id", "start", "kind", "START"),
                Map.of("id", "say", "kind", "MESSAGE", "text", "hi"),
                Map.of("id", "again", "kind", "CONDITION", "branches", List.of(Map.of("port", "web", "checks",
                        List.of(Map.of("subject", "CHANNEL", "op", "EQUALS", "value", "WEB")))))),
                "edges", List.of(edge("start", "next", "say"), edge("say", "next", "again"),
                        edge("again", "web", "say"), edge("again", "default", "say")));
        assertEquals(200, api.put("/api/v1/flows/" + id + "/draft", spin).status());
        Api.Reply loop = api.post("/api/v1/flows/" + id + "/publish", Map.of());
        assertEquals(422, loop.status(), loop.toString());
        assertTrue(codes(api.post("/api/v1/flows/" + id + "/validate", Map.of()).body().get("problems")).stream()
                .anyMatch(c -> c.startsWith("loopWithoutInput@")), loop.toString());

        // an API node aimed at the cloud metadata address
        Map<String, Object> metadata = graph(1, "http://169.254.169.254/latest/meta-data/", true, "x");
        List<String> problems = codes(api.put("/api/v1/flows/" + id + "/draft", metadata).body().get("problems"));
        assertTrue(problems.contains("urlRefused@api"), problems.toString());
        assertEquals(422, api.post("/api/v1/flows/" + id + "/publish", Map.of()).status());

        // a 10 MB import, a file that is no export, a graph over the limits
        byte[] huge = ("{\"format\":\"switchboard-flow/1\",\"name\":\"x\",\"description\":\"" + "a".repeat(10 * 1024 * 1024)
                + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Reply tooBig = api.postBytes("/api/v1/flows/import", "application/json", huge);
        assertEquals(413, tooBig.status(), tooBig.toString());
        assertEquals("application/problem+json", tooBig.contentType(), tooBig.toString());
        Api.Reply notExport = api.postBytes("/api/v1/flows/import", "application/json", "{\"hello\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notExport.status(), notExport.toString());
        assertEquals("flow.notAnExport", notExport.body().get("code").asText());
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            many.add(Map.of("id", "n" + i, "kind", "END"));
        }
        assertEquals(413, api.put("/api/v1/flows/" + id + "/draft", Map.of("nodes", many, "edges", List.of())).status());
        assertEquals(1, api.get("/api/v1/flows").body().get("total").asInt(), "nothing was imported");
        assertEquals(0, api.get("/api/v1/flows/" + id).body().get("flow").get("latestVersion").asInt(), "nothing published");

        // another tenant sees none of it
        Api other = new Api(server, Api.newTenant(server, "flowother").apiKey());
        assertEquals(404, other.get("/api/v1/flows/" + id).status());
        assertEquals(404, other.post("/api/v1/flows/" + id + "/publish", Map.of()).status());
        assertEquals(404, other.delete("/api/v1/flows/" + id).status());
        assertEquals(0, other.get("/api/v1/flows").body().get("total").asInt());

        assertEquals(204, api.delete("/api/v1/flows/" + id).status());
        assertEquals(404, api.get("/api/v1/flows/" + id).status());
    }

    /**
     * Menu → collect phone → API call → condition → transfer, with an end for the rest; {@code sound = false} leaves
     * out the condition's default branch and adds a node nothing leads to.
     */
    private static Map<String, Object> graph(long group, String url, boolean sound, String byeVariable) {
        List<Object> nodes = new ArrayList<>(List.of(
                Map.of("id", "start", "kind", "START", "x", 40, "y", 40),
                Map.of("id", "menu", "kind", "MENU", "text", "您好 ${visitor.name}，请选择：", "options",
                        List.of(Map.of("key", "1", "label", "查订单"), Map.of("key", "2", "label", "转人工"))),
                Map.of("id", "phone", "kind", "COLLECT", "text", "请输入手机号", "variable", "phone", "input", "PHONE"),
                Map.of("id", "api", "kind", "HTTP", "url", url, "body", Map.of("phone", "${phone}"), "outputs",
                        List.of(Map.of("variable", "level", "path", "$.data.level", "defaultValue", "normal"))),
                Map.of("id", "vip", "kind", "CONDITION", "branches", List.of(Map.of("port", "gold", "checks",
                        List.of(Map.of("subject", "VARIABLE", "name", "level", "op", "EQUALS", "value", "gold"))))),
                Map.of("id", "human", "kind", "TRANSFER", "skillGroupId", group, "failedText", "当前无人工坐席在线"),
                Map.of("id", "bye", "kind", "END", "text", sound ? "感谢您的咨询 " + byeVariable : byeVariable)));
        List<Object> edges = new ArrayList<>(List.of(edge("start", "next", "menu"), edge("menu", "1", "phone"),
                edge("menu", "2", "human"), edge("phone", "next", "api"), edge("api", "next", "vip"),
                edge("vip", "gold", "human"), edge("human", "failed", "bye")));
        if (sound) {
            edges.add(edge("vip", "default", "bye"));
        } else {
            nodes.add(Map.of("id", "lost", "kind", "MESSAGE", "text", "无人到达"));
        }
        Map<String, Object> g = new HashMap<>();
        g.put("nodes", nodes);
        g.put("edges", edges);
        return g;
    }

    private static Map<String, String> edge(String from, String port, String to) {
        return Map.of("from", from, "port", port, "to", to);
    }

    private static List<String> codes(JsonNode problems) {
        List<String> codes = new ArrayList<>();
        problems.forEach(p -> codes.add(p.get("code").asText() + "@" + p.path("nodeId").asText("")));
        return codes;
    }

    private static JsonNode node(JsonNode graph, String id) {
        for (JsonNode n : graph.get("nodes")) {
            if (id.equals(n.get("id").asText())) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + graph);
    }
}
