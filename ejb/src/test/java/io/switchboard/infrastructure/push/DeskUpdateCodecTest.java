package io.switchboard.infrastructure.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Desk updates cross the events topic as JSON: every field, the closing flag included, survives the trip. */
class DeskUpdateCodecTest {

    @Test
    void aDeskUpdateSurvivesTheTopic() {
        DeskUpdate sent = new DeskUpdate("t-1", 7L, "WEB", "v-1", "{\"type\":\"message\"}");
        DeskUpdate received = DeskUpdateCodec.fromJson(DeskUpdateCodec.toJson(sent));
        assertEquals(sent, received);
        assertFalse(received.closes());
    }

    @Test
    void theClosingFlagSurvivesTheTopic() {
        DeskUpdate sent = new DeskUpdate("t-1", 7L, null, null, "{\"type\":\"signedOut\"}", Boolean.TRUE);
        assertTrue(DeskUpdateCodec.fromJson(DeskUpdateCodec.toJson(sent)).closes());
    }

    @Test
    void anUpdateWithoutTheFlagIsNotClosing() {
        assertFalse(DeskUpdateCodec.fromJson("{\"tenantId\":\"t\",\"agentId\":1,\"frame\":\"{}\"}").closes());
    }
}
