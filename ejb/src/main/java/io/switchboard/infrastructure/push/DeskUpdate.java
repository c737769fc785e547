package io.switchboard.infrastructure.push;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One frame to push to the sockets of an agent or of a visitor, on whichever node holds them: published on the
 * events topic, received by every node, delivered by that node's {@link PushHub}.
 *
 * @param agentId   the agent to reach, or null
 * @param channel   with {@code visitorId}: the visitor to reach, or null
 * @param frame     the JSON text sent over the socket as is
 * @param closing   true when the sockets reached close after this frame (the staff member's sessions were ended)
 */
public record DeskUpdate(String tenantId, Long agentId, String channel, String visitorId, String frame,
                         Boolean closing) {

    /** The one JSON-B reads the topic with. */
    @JsonbCreator
    public DeskUpdate(@JsonbProperty("tenantId") String tenantId, @JsonbProperty("agentId") Long agentId,
                      @JsonbProperty("channel") String channel, @JsonbProperty("visitorId") String visitorId,
                      @JsonbProperty("frame") String frame, @JsonbProperty("closing") Boolean closing) {
        this.tenantId = tenantId;
        this.agentId = agentId;
        this.channel = channel;
        this.visitorId = visitorId;
        this.frame = frame;
        this.closing = closing;
    }

    public DeskUpdate(String tenantId, Long agentId, String channel, String visitorId, String frame) {
        this(tenantId, agentId, channel, visitorId, frame, Boolean.FALSE);
    }

    public boolean closes() {
        return Boolean.TRUE.equals(closing);
    }
}
