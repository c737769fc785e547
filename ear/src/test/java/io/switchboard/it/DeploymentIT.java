package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR is deployed, Flyway migrated the schema, database and broker are up, and the demo tenant exists. */
@ExtendWith(SwitchboardServer.class)
class DeploymentIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void healthReportsDatabaseAndBrokerUpWithMigratedSchema() {
        Api.Reply health = new Api(server, null).get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.body().get("status").asText());
        JsonNode database = check(health.body(), "database");
        assertEquals("UP", database.get("status").asText());
        assertEquals("33", database.get("data").get("schemaVersion").asText(), "Flyway migrations up to V33 applied");
        String expectedProduct = "postgresql".equals(System.getenv("SWITCHBOARD_DB")) ? "PostgreSQL" : "H2";
        assertEquals(expectedProduct, database.get("data").get("product").asText());
        JsonNode broker = check(health.body(), "broker");
        assertEquals("UP", broker.get("status").asText());
        assertTrue(broker.get("data").get("deadLetterMessages").isInt());
        JsonNode node = check(health.body(), "node");
        assertTrue(node.get("data").get("deadlineSweep").asBoolean(), "a single server runs the deadline sweep: " + node);
    }

    @Test
    void demoTenantWasSeededWithBothSkillGroups() {
        Browser admin = new Browser(server, "zh-CN");
        assertEquals(302, admin.login("admin", server.demoPassword()).statusCode());
        String page = admin.get("/admin/groups.xhtml").body(); // the console's skill-group page
        assertTrue(page.contains("售前咨询"), page);
        assertTrue(page.contains("售后咨询"), page);
    }

    @Test
    void demoPasswordsNeverReachTheServerLogFile() throws Exception {
        Path serverLog = Path.of(System.getProperty("switchboard.server.dir", "target/server"))
                .resolve("standalone/log/server.log");
        assertTrue(Files.exists(serverLog));
        assertFalse(Files.readString(serverLog).contains(server.demoPassword()));
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.get("checks")) {
            if (name.equals(c.get("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }
}
