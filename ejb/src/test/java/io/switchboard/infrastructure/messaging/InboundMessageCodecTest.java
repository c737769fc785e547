package io.switchboard.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.domain.model.message.ChannelKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboundMessageCodecTest {

    @Test
    void roundTripsACommand() {
        InboundMessageCommand command = new InboundMessageCommand("t1", ChannelKind.IM_API, "u1", "c1",
                "你好 \"quoted\"", Instant.parse("2026-11-21T08:00:00.123456Z"), 7L);
        assertEquals(command, InboundMessageCodec.fromJson(InboundMessageCodec.toJson(command)));
    }

    @Test
    void poisonTextIsRejectedSoTheConsumerRethrows() {
        assertThrows(IllegalArgumentException.class, () -> InboundMessageCodec.fromJson("not json"));
        assertThrows(IllegalArgumentException.class, () -> InboundMessageCodec.fromJson("{\"tenantId\":\"t1\"}"));
    }
}
