package io.switchboard.interfaces.web;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentDeskService.DeskAgent;
import io.switchboard.infrastructure.persistence.DatabaseOutage;
import io.switchboard.infrastructure.push.PushHub;
import io.switchboard.infrastructure.push.PushSubscriber;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.interfaces.web.socket.FrameAssembler;
import io.switchboard.interfaces.web.socket.SocketError;
import io.switchboard.interfaces.web.socket.SocketOutbox;
import jakarta.validation.ConstraintViolationException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's socket (workbench and tests): pushes offers, transcript messages and routing events for this agent,
 * and takes the agent's actions. It lives under {@code /agent/}, so the handshake needs the signed-in session
 * (web.xml constraint). Frames in: {@code {"type":"send","conversationId":1,"text":".."}}, {@code accept},
 * {@code close}, {@code {"type":"status","status":"ONLINE"}}. A bad frame or a refused action gets an {@code error}
 * frame and the socket stays open: {@code code} (the kind of refusal), {@code message} (English) and, when the
 * services named the refusal, {@code reason} and {@code arguments} to say it in the agent's language (bundle key
 * {@code error.<reason>}); see {@link SocketError}.
 */
@ServerEndpoint("/agent/socket")
public class AgentSocket {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(AgentSocket.class.getName());
    /**
     * Characters of one incoming frame at most: the server stops reading a longer frame at this limit and closes the
     * socket with 1009 "too big", instead of reading megabytes first.
     */
    static final int MAX_FRAME = 16 * 1024;

    @Inject
    AgentDeskService desk;
    @Inject
    PushHub hub;
    @Inject
    SwitchboardSettings settings;

    private final FrameAssembler frames = new FrameAssembler(MAX_FRAME);

    private DeskAgent agent;
    private PushSubscriber subscriber;

    @OnOpen
    public void open(Session session) throws IOException {
        SocketOutbox.of(session);
        Principal principal = session.getUserPrincipal();
        agent = principal == null ? null : desk.identify(principal.getName()).orElse(null);
        if (agent == null) {
            closeQuietly(session, "sign in first");
            return;
        }
        subscriber = new PushSubscriber() {
            @Override
            public void push(String frame) {
                send(session, frame);
            }

            @Override
            public void pushAndClose(String frame) {
                // the staff member's sessions were ended (password reset, forced offline, deleted)
                send(session, frame);
                closeQuietly(session, "signed out");
            }
        };
        hub.addAgent(agent.tenantId(), agent.agentId(), subscriber);
        var seat = desk.connected(agent);
        send(session, JSON.createObjectBuilder().add("type", "hello").add("agentId", agent.agentId())
                .add("displayName", agent.displayName()).add("status", seat.status())
                .add("idleSeconds", settings.socketIdleSeconds())
                .add("openConversations", seat.openConversations()).build().toString());
    }

    /**
     * A part of a frame as it is read: the frame is handled when complete, and a frame over {@link #MAX_FRAME}
     * characters closes the socket with 1009 at once, so its rest is never read (see {@link FrameAssembler}).
     */
    @OnMessage
    public void part(Session session, String part, boolean last) {
        SocketOutbox.of(session).receive(frames, part, last, text -> message(session, text));
    }

    private void message(Session session, String text) {
        if (agent == null) {
            return;
        }
        try {
            JsonObject frame = parse(text);
            String type = frame.getString("type", "");
            Object result = switch (type) {
                case "send" -> {
                    if (frame.containsKey("attachmentId")) {
                        yield desk.sendAttachment(agent, conversation(frame), frame.getString("attachmentId"));
                    }
                    desk.send(agent, conversation(frame), requireText(frame));
                    yield null;
                }
                case "accept" -> desk.accept(agent, conversation(frame));
                case "recall" -> {
                    if (!(frame.get("seq") instanceof jakarta.json.JsonNumber seq)) {
                        throw new IllegalArgumentException("recall needs the seq of the line");
                    }
                    yield desk.recall(agent, conversation(frame), seq.longValue());
                }
                case "close" -> desk.close(agent, conversation(frame));
                case "status" -> desk.status(agent, frame.getString("status", ""));
                case "ping" -> {
                    desk.heartbeat(agent);
                    yield null;
                }
                default -> throw new IllegalArgumentException("unknown frame type '" + type + "'");
            };
            send(session, JSON.createObjectBuilder().add("type", "ok").add("for", type)
                    .add("ref", frame.getString("ref", "")).build().toString());
            LOG.finest(() -> "agent frame " + type + " -> " + result);
        } catch (RuntimeException e) {
            send(session, SocketError.frame(e, message(e)).build().toString());
        }
    }

    @OnClose
    public void close(Session session) {
        SocketOutbox.release(session);
        if (agent != null && subscriber != null) {
            hub.removeAgent(agent.tenantId(), agent.agentId(), subscriber);
            if (hub.agentSockets(agent.tenantId(), agent.agentId()) == 0) {
                try {
                    desk.disconnected(agent);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not record the lost connection of agent " + agent.agentId(), e);
                }
            }
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "agent socket error", failure);
    }

    static JsonObject parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("a frame is one JSON object");
        }
    }

    private static long conversation(JsonObject frame) {
        if (!frame.containsKey("conversationId") || !(frame.get("conversationId") instanceof jakarta.json.JsonNumber n)) {
            throw new IllegalArgumentException("conversationId is required");
        }
        return n.longValue();
    }

    private static String requireText(JsonObject frame) {
        String text = frame.getString("text", "");
        if (text.isBlank() || text.length() > 4000) {
            throw new IllegalArgumentException("text must have 1 to 4000 characters");
        }
        return text;
    }

    /**
     * The business reason of a refusal, never a stack trace or a driver's text: refusals of the services carry a
     * message meant for the caller; a database outage says "try again"; anything else is an internal error, logged
     * here with an incident id.
     */
    static String message(Throwable e) {
        Throwable t = SocketError.unwrap(e);
        if (DatabaseOutage.isCause(e)) {
            return "the service is briefly unavailable; try again in a few seconds";
        }
        if (t instanceof ConstraintViolationException v) {
            return v.getConstraintViolations().stream().map(c -> {
                String leaf = null;
                for (var node : c.getPropertyPath()) {
                    leaf = node.getName();
                }
                return leaf + ": " + c.getMessage();
            }).sorted().collect(java.util.stream.Collectors.joining("; "));
        }
        boolean meantForTheCaller = t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t.getClass().getPackageName().equals("io.switchboard.application");
        if (meantForTheCaller && t.getMessage() != null) {
            return t.getMessage();
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "socket request failed, incident " + incident, e);
        return "internal error, incident " + incident;
    }

    private static void closeQuietly(Session session, String reason) {
        SocketOutbox.of(session).closeAfterQueued(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
    }

    /** Queues a frame for the socket: never waits for the client (see {@link SocketOutbox}). */
    static void send(Session session, String frame) {
        SocketOutbox.of(session).send(frame);
    }
}
