package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password reset, a forced offline and a deletion end every session and socket of that account at once
 * (issue 16, item 5): two signed-in browsers of the agent are sent back to the login page at their next request,
 * the open agent socket gets {@code signedOut} and is closed, and a colleague's session is untouched.
 */
@ExtendWith(SwitchboardServer.class)
class SessionEndIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    private record Agent(long id, String username, String password) {
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        endsSessions("PASSWORD_RESET", (api, agent) -> assertEquals(204,
                api.put("/api/v1/staff/" + agent.id() + "/password", Map.of("password", "Fresh-pass-" + UUID.randomUUID()))
                        .status()));
    }

    @Test
    void aForcedOfflineEndsEverySessionOfTheAccount() throws Exception {
        endsSessions("FORCED_OFFLINE", (api, agent) -> assertEquals(200,
                api.post("/api/v1/agents/" + agent.id() + "/force-offline", Map.of()).status()));
    }

    @Test
    void aDeletionEndsEverySessionOfTheAccount() throws Exception {
        endsSessions("DELETED", (api, agent) -> assertEquals(204, api.delete("/api/v1/staff/" + agent.id()).status()));
    }

    /** AD-1: a forced-offline seat stays offline, takes nothing, until an administrator restores it. */
    @Test
    void aForcedOfflineAgentStaysOfflineUntilRestored() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "forced").apiKey());
        Agent agent = newAgent(api);
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售前")).body().get("id").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", java.util.List.of(Map.of("agentId", agent.id())));
        assertEquals(200, api.put("/api/v1/agents/" + agent.id() + "/status", Map.of("status", "ONLINE")).status());
        assertEquals(200, api.post("/api/v1/agents/" + agent.id() + "/force-offline", Map.of()).status());
        JsonNode seat = api.get("/api/v1/agents/" + agent.id()).body();
        assertEquals("OFFLINE", seat.get("status").asText(), seat.toString());
        assertTrue(seat.get("forcedOffline").asBoolean());

        Api.Reply refused = api.put("/api/v1/agents/" + agent.id() + "/status", Map.of("status", "ONLINE"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().get("detail").asText().contains("restore"), refused.toString());
        JsonNode nobody = api.post("/api/v1/conversations", Map.of("visitorId", "forced-v1", "channel", "WEB",
                "skillGroupId", group)).body();
        assertEquals("NOBODY_ONLINE", nobody.get("endReason").asText(), "a forced-offline agent takes nothing");

        assertEquals(200, api.post("/api/v1/agents/" + agent.id() + "/restore", Map.of()).status());
        assertFalse(api.get("/api/v1/agents/" + agent.id()).body().get("forcedOffline").asBoolean());
        assertEquals(200, api.put("/api/v1/agents/" + agent.id() + "/status", Map.of("status", "ONLINE")).status());
        JsonNode served = api.post("/api/v1/conversations", Map.of("visitorId", "forced-v2", "channel", "WEB",
                "skillGroupId", group)).body();
        assertEquals("ASSIGNED", served.get("state").asText(), served.toString());
        assertEquals(agent.id(), served.get("agentId").asLong());
    }

    private void endsSessions(String reason, java.util.function.BiConsumer<Api, Agent> end) throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "end");
        Api api = new Api(server, tenant.apiKey());
        Agent agent = newAgent(api);
        Agent colleague = newAgent(api);

        Browser first = signedIn(agent);
        Browser second = signedIn(agent);
        Browser other = signedIn(colleague);
        AgentSocketIT.Frames frames = new AgentSocketIT.Frames();
        WebSocket socket = AgentSocketIT.agentSocket(server, agent.username(), agent.password(), frames);

        end.accept(api, agent);

        JsonNode signedOut = frames.await(f -> AgentSocketIT.is(f, "signedOut"));
        assertEquals(reason, signedOut.path("reason").asText());
        Poll.until(Duration.ofSeconds(10), "the agent socket is closed", () -> socket.isInputClosed() ? true : null);
        for (Browser b : new Browser[] {first, second}) {
            HttpResponse<String> page = b.get("/agent/index.xhtml");
            assertEquals(302, page.statusCode(), "the old session no longer opens the workbench");
            assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"), page.headers().map().toString());
            assertEquals(302, b.get("/agent/index.xhtml").statusCode(), "and stays ended");
        }
        assertEquals(200, other.get("/agent/index.xhtml").statusCode(), "a colleague's session goes on");
    }

    private Agent newAgent(Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Agent a = new Agent(0, "end-" + suffix, "Secret-pass-" + suffix);
        Api.Reply created = api.post("/api/v1/agents", Map.of("username", a.username(), "displayName", "坐席" + suffix,
                "password", a.password()));
        assertEquals(201, created.status(), created.toString());
        return new Agent(created.body().get("agentId").asLong(), a.username(), a.password());
    }

    private Browser signedIn(Agent agent) {
        Browser b = new Browser(server, "zh-CN");
        assertEquals(302, b.login(agent.username(), agent.password()).statusCode());
        assertEquals(200, b.get("/agent/index.xhtml").statusCode());
        return b;
    }
}
