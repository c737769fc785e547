package io.switchboard.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.domain.model.message.ChannelKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundMessageCodecTest {

    @Test
    void roundTripsACommand() {
        InboundMessageCommand command = new InboundMessageCommand("t1", ChannelKind.IM_API, "u1", "c1",
                "你好 \"quoted\"", Instant.parse("2026-11-21T08:00:00.123456Z"), 7L, "0b1c6f4e-2f0a-4d7e-9c1e-3a5b7d9f1e2c",
                42L, List.of("敏感"), "site_abc", "after-sales", "en");
        assertEquals(command, InboundMessageCodec.fromJson(InboundMessageCodec.toJson(command)));
    }

    @Test
    void aCommandQueuedByAnOlderVersionReadsWithoutConversationAndScreening() {
        InboundMessageCommand old = InboundMessageCodec.fromJson("{\"tenantId\":\"t1\",\"channel\":\"WEB\","
                + "\"senderId\":\"v1\",\"clientMessageId\":\"c1\",\"body\":\"hi\","
                + "\"acceptedAt\":\"2026-11-21T08:00:00Z\"}");
        assertNull(old.conversationId());
        assertNull(old.flagged(), "not screened: the consumer looks for sensitive words itself");
        assertNull(old.association(), "no association: routing rules by association do not match it");
        assertNull(old.language(), "no language: the conversation it opens speaks Chinese");
        assertNull(old.entry());
    }

    @Test
    void poisonTextIsRejectedSoTheConsumerRethrows() {
        assertThrows(IllegalArgumentException.class, () -> InboundMessageCodec.fromJson("not json"));
        assertThrows(IllegalArgumentException.class, () -> InboundMessageCodec.fromJson("{\"tenantId\":\"t1\"}"));
    }
}
