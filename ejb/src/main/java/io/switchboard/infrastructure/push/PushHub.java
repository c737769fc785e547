package io.switchboard.infrastructure.push;

import io.switchboard.domain.model.conversation.QueuePositions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets open on this node, by agent and by visitor. Only this node's sockets are here: updates for all of
 * them arrive through the events topic, which every node receives (OmniFaces-style cluster push), so the hub
 * never needs to know about other nodes.
 */
@ApplicationScoped
public class PushHub {

    private final Map<String, Set<PushSubscriber>> subscribers = new ConcurrentHashMap<>();

    static String agentKey(String tenantId, long agentId) {
        return tenantId + "/agent/" + agentId;
    }

    static String visitorKey(String tenantId, String channel, String visitorId) {
        return tenantId + "/visitor/" + channel + "/" + visitorId;
    }

    public void addAgent(String tenantId, long agentId, PushSubscriber s) {
        add(agentKey(tenantId, agentId), s);
    }

    public void removeAgent(String tenantId, long agentId, PushSubscriber s) {
        remove(agentKey(tenantId, agentId), s);
    }

    public void addVisitor(String tenantId, String channel, String visitorId, PushSubscriber s) {
        add(visitorKey(tenantId, channel, visitorId), s);
    }

    public void removeVisitor(String tenantId, String channel, String visitorId, PushSubscriber s) {
        remove(visitorKey(tenantId, channel, visitorId), s);
    }

    /** How many sockets this agent has open on this node. */
    public int agentSockets(String tenantId, long agentId) {
        return subscribers.getOrDefault(agentKey(tenantId, agentId), Set.of()).size();
    }

    public void deliver(DeskUpdate update) {
        if (update.agentId() == null && update.visitorId() == null) {
            deliverQueue(update.tenantId(), DeskUpdateCodec.snapshot(update.frame()));
            return;
        }
        if (update.agentId() != null && update.closes()) {
            subscribers.getOrDefault(agentKey(update.tenantId(), update.agentId()), Set.of())
                    .forEach(s -> s.pushAndClose(update.frame()));
            return;
        }
        if (update.agentId() != null) {
            send(agentKey(update.tenantId(), update.agentId()), update.frame());
        }
        if (update.visitorId() != null) {
            send(visitorKey(update.tenantId(), update.channel(), update.visitorId()), update.frame());
        }
    }

    /** Tells each waiting visitor with a socket on this node its place; the frame is built only for those. */
    private void deliverQueue(String tenantId, QueueSnapshot snapshot) {
        for (QueuePositions.Place p : snapshot.places()) {
            Set<PushSubscriber> targets = subscribers.get(visitorKey(tenantId, p.channel(), p.visitorId()));
            if (targets != null && !targets.isEmpty()) {
                String frame = "{\"type\":\"queue\",\"conversationId\":" + p.conversationId() + ",\"position\":"
                        + p.position() + ",\"peopleAhead\":" + (p.position() - 1)
                        + (p.waitSeconds() == null ? "" : ",\"waitSeconds\":" + p.waitSeconds()) + "}";
                targets.forEach(s -> s.push(frame));
            }
        }
    }

    private void send(String key, String frame) {
        subscribers.getOrDefault(key, Set.of()).forEach(s -> s.push(frame));
    }

    private void add(String key, PushSubscriber s) {
        subscribers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(s);
    }

    private void remove(String key, PushSubscriber s) {
        subscribers.computeIfPresent(key, (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }
}
