package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data written before a server restart is there after it: on the default H2 file database this proves the
 * database lives in a file under the server's data directory, not in memory.
 */
@ExtendWith(SwitchboardServer.class)
class RestartPersistenceIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void skillGroupTenantAndLoginSurviveARestart() {
        Api.Tenant tenant = Api.newTenant(server, "restart");
        String name = "Survivor " + UUID.randomUUID();
        long id = new Api(server, tenant.apiKey()).post("/api/v1/skill-groups", Map.of("name", name))
                .body().get("id").asLong();

        server.restart();

        Api.Reply after = new Api(server, tenant.apiKey()).get("/api/v1/skill-groups/" + id);
        assertEquals(200, after.status(), after.toString());
        assertEquals(name, after.body().get("name").asText());
        assertEquals(302, new Browser(server, "en").login(tenant.adminUsername(), tenant.adminPassword())
                .statusCode(), "the account and its password hash survived too");
    }
}
