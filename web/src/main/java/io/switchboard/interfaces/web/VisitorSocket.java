package io.switchboard.interfaces.web;

import io.switchboard.application.VisitorDeskService;
import io.switchboard.infrastructure.push.PushHub;
import io.switchboard.infrastructure.push.PushSubscriber;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The visitor's socket (the web widget): {@code /visitor/socket?site=SITE_KEY&visitor=VISITOR_ID&after=SEQ}.
 * On connect it sends {@code hello} with the visitor's current conversation and every transcript line after
 * {@code after}, so a reconnecting widget gets exactly what it missed. Frames in:
 * {@code {"type":"send","clientId":"..","text":"..","skillGroupId":1}} — queued durably and answered with
 * {@code accepted}; the stored line then comes back as a {@code message} frame with its sequence number.
 */
@ServerEndpoint("/visitor/socket")
public class VisitorSocket {

    private static final Logger LOG = Logger.getLogger(VisitorSocket.class.getName());
    private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private static final String WEB = "WEB";

    @Inject
    VisitorDeskService desk;
    @Inject
    PushHub hub;

    private String tenantId;
    private String visitorId;
    private PushSubscriber subscriber;

    @OnOpen
    public void open(Session session) throws IOException {
        session.setMaxTextMessageBufferSize(AgentSocket.MAX_FRAME);
        String site = param(session, "site");
        String visitor = param(session, "visitor");
        if (visitor == null || !VISITOR_ID.matcher(visitor).matches()) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "visitor id: 8-100 letters, digits, _.:-"));
            return;
        }
        tenantId = site == null ? null : desk.tenantOfSite(site).orElse(null);
        if (tenantId == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown site key"));
            return;
        }
        try {
            desk.requireAllowed(tenantId, visitor);
        } catch (RuntimeException e) {
            AgentSocket.send(session, Json.createObjectBuilder().add("type", "error").add("message", AgentSocket.message(e))
                    .build().toString());
            tenantId = null;
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "refused"));
            return;
        }
        visitorId = visitor;
        long after = parseAfter(param(session, "after"));
        // subscribe first, then read the transcript: a line stored in between arrives twice at worst (the widget
        // drops a seq it has), never not at all
        subscriber = frame -> AgentSocket.send(session, frame);
        hub.addVisitor(tenantId, WEB, visitorId, subscriber);
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello").add("visitorId", visitorId);
        JsonArrayBuilder missed = Json.createArrayBuilder();
        desk.catchUp(tenantId, visitorId, after).ifPresent(c -> {
            hello.add("conversationId", c.conversation().id()).add("state", c.conversation().state());
            if (c.conversation().position() != null) {
                hello.add("position", c.conversation().position()).add("peopleAhead", c.conversation().peopleAhead());
            }
            if (c.conversation().agentName() != null) {
                hello.add("agentName", c.conversation().agentName());
            }
            c.messages().forEach(m -> missed.add(Json.createObjectBuilder().add("type", "message")
                    .add("conversationId", c.conversation().id()).add("seq", m.seq()).add("sender", m.sender())
                    .add("code", m.code() == null ? "" : m.code()).add("body", m.body())
                    .add("clientMessageId", m.clientMessageId() == null ? "" : m.clientMessageId())
                    .add("sentAt", m.sentAt().toString())));
        });
        AgentSocket.send(session, hello.add("missed", missed).build().toString());
        try {
            desk.presence(tenantId, visitorId, true);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "presence not recorded", e);
        }
    }

    @OnMessage
    public void message(Session session, String text) {
        if (tenantId == null) {
            return;
        }
        try {
            JsonObject frame = AgentSocket.parse(text);
            String type = frame.getString("type", "");
            switch (type) {
                case "send" -> {
                    String clientId = frame.getString("clientId", "");
                    String body = frame.getString("text", "");
                    if (clientId.isBlank() || clientId.length() > 100) {
                        throw new IllegalArgumentException("clientId must have 1 to 100 characters");
                    }
                    if (body.isBlank() || body.length() > 4000) {
                        throw new IllegalArgumentException("text must have 1 to 4000 characters");
                    }
                    Long group = frame.get("skillGroupId") instanceof JsonNumber n ? n.longValue() : null;
                    desk.send(tenantId, visitorId, clientId, body, group);
                    AgentSocket.send(session, Json.createObjectBuilder().add("type", "accepted").add("clientId", clientId)
                            .build().toString());
                }
                case "ping" -> AgentSocket.send(session, "{\"type\":\"pong\"}");
                default -> throw new IllegalArgumentException("unknown frame type '" + type + "'");
            }
        } catch (RuntimeException e) {
            AgentSocket.send(session, Json.createObjectBuilder().add("type", "error").add("message", AgentSocket.message(e))
                    .build().toString());
        }
    }

    @OnClose
    public void close(Session session) {
        if (subscriber != null) {
            hub.removeVisitor(tenantId, WEB, visitorId, subscriber);
            try {
                desk.presence(tenantId, visitorId, false);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "presence not recorded", e);
            }
        }
    }

    private static String param(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static long parseAfter(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
