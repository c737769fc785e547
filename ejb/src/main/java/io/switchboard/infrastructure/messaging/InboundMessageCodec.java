package io.switchboard.infrastructure.messaging;

import io.switchboard.application.InboundMessageCommand;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** JSON form of {@link InboundMessageCommand} on the inbound queue (JSON-B; Jsonb instances are thread-safe). */
public final class InboundMessageCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private InboundMessageCodec() {
    }

    public static String toJson(InboundMessageCommand command) {
        return JSONB.toJson(command);
    }

    /** @throws IllegalArgumentException for text that is not a complete command */
    public static InboundMessageCommand fromJson(String json) {
        InboundMessageCommand command;
        try {
            command = JSONB.fromJson(json, InboundMessageCommand.class);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("not an inbound message command: " + e.getMessage(), e);
        }
        if (command == null || command.tenantId() == null || command.channel() == null
                || command.clientMessageId() == null || command.senderId() == null || command.body() == null
                || command.acceptedAt() == null) {
            throw new IllegalArgumentException("inbound message command is missing fields: " + json);
        }
        return command;
    }
}
