package io.switchboard.it;

import static io.switchboard.it.Problems.assertFieldProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input the database would have refused with a 500 (issue 16, item 7) is refused first, as a 400 or 404 problem
 * document naming the field, and nothing is stored: an over-long visitor id, an unknown agent on quick replies, a
 * missing or blank login name, routing settings larger than their column.
 */
@ExtendWith(SwitchboardServer.class)
class BadInputIT {

    private static final long UNKNOWN = 987_654_321L;

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aVisitorIdLongerThanItsColumnIsA400() {
        Api api = new Api(server, Api.newTenant(server, "long-visitor").apiKey());
        String tooLong = "v".repeat(101);
        assertFieldProblem(api.put("/api/v1/visitors/" + tooLong + "/tags/VIP", Map.of()), 400, "visitorId", "100");
        assertFieldProblem(api.get("/api/v1/visitors/" + tooLong + "/tags"), 400, "visitorId", "100");
        assertFieldProblem(api.put("/api/v1/visitors/" + tooLong + "/contact", Map.of("name", "王先生",
                "phone", "13800000000")), 400, "visitorId", "100");

        String longest = "v".repeat(100);
        Api.Reply tagged = api.put("/api/v1/visitors/" + longest + "/tags/VIP", Map.of());
        assertEquals(200, tagged.status(), "100 characters fit: " + tagged);
        assertEquals("VIP", tagged.body().get(0).asText());
        assertEquals(1, api.get("/api/v1/visitors/" + longest + "/tags").body().size(), "only the accepted tag");
    }

    @Test
    void anUnknownAgentOnQuickRepliesIsA404AndNothingIsStored() {
        Api api = new Api(server, Api.newTenant(server, "qr-unknown").apiKey());
        assertFieldProblem(api.post("/api/v1/quick-replies", Map.of("agentId", UNKNOWN, "title", "问候", "body", "您好")),
                404, "agentId", "no staff member with id " + UNKNOWN);
        assertFieldProblem(api.post("/api/v1/quick-replies/categories", Map.of("agentId", UNKNOWN, "name", "私有",
                "sortOrder", 1)), 404, "agentId", "no staff member");
        assertFieldProblem(api.get("/api/v1/quick-replies?agentId=" + UNKNOWN), 404, "agentId", "no staff member");

        assertEquals(0, api.get("/api/v1/quick-replies").body().get("total").asInt());
        assertEquals(0, api.get("/api/v1/quick-replies/categories").body().size());
        assertEquals(0, api.get("/api/v1/audit?targetType=quick-reply").body().get("total").asInt());
    }

    @Test
    void aMissingBlankOrLongLoginNameIsA400AndNoAccountIsMade() {
        Api api = new Api(server, Api.newTenant(server, "no-login").apiKey());
        Map<String, Object> person = new HashMap<>();
        person.put("username", null);
        person.put("password", "Initial-Pw-2026");
        person.put("fullName", "小明");
        assertFieldProblem(api.post("/api/v1/staff", person), 400, "username", "blank");
        person.put("username", "");
        assertFieldProblem(api.post("/api/v1/staff", person), 400, "username", "blank");
        person.put("username", "   ");
        assertFieldProblem(api.post("/api/v1/staff", person), 400, "username", "blank");
        person.put("username", "x".repeat(101));
        assertFieldProblem(api.post("/api/v1/staff", person), 400, "username", "100");
        assertEquals(0, api.get("/api/v1/staff?role=AGENT").body().get("total").asInt(), "no account was made");
        assertEquals(0, api.get("/api/v1/audit?targetType=agent").body().get("total").asInt());
    }

    @Test
    void routingSettingsLargerThanTheirColumnAreA400() {
        Api api = new Api(server, Api.newTenant(server, "big-settings").apiKey());
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ArrayNode rules = settings.putArray("rules");
        for (int i = 0; i < 2500; i++) { // about 350,000 characters of JSON for a column of 200,000
            rules.addObject().put("match", "ENTRY").put("value", String.format("%-100s", "entry-" + i).replace(' ', 'x'))
                    .put("target", "BOT");
        }
        assertFieldProblem(api.put("/api/v1/routing-settings", settings), 400, "rules", "100");

        settings.putArray("rules").addObject().put("match", "ENTRY").put("value", "e".repeat(101)).put("target", "BOT");
        assertFieldProblem(api.put("/api/v1/routing-settings", settings), 400, "value", "100");

        assertEquals(List.of(), api.get("/api/v1/routing-settings").body().get("rules").findValuesAsText("value"),
                "nothing stored");
        assertEquals(0, api.get("/api/v1/audit?targetType=routing-settings").body().get("total").asInt());
    }
}
