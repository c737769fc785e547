package io.switchboard.infrastructure.push;

import io.switchboard.domain.model.conversation.QueuePositions;
import java.util.List;

/**
 * The tenant's waiting visitors and their places, published once per queue change; each node's {@link PushHub}
 * turns it into one {@code queue} frame per visitor socket it holds. One topic message instead of one per visitor.
 */
public record QueueSnapshot(String type, List<QueuePositions.Place> places) {

    public static final String TYPE = "queue-snapshot";
}
