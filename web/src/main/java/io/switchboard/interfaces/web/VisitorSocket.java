package io.switchboard.interfaces.web;

import io.switchboard.application.ForbiddenException;
import io.switchboard.application.VisitorDeskService;
import io.switchboard.application.VisitorTrailService;
import io.switchboard.application.LiveVisitorService;
import io.switchboard.domain.model.message.Language;
import io.switchboard.infrastructure.push.CatchUpPage;
import io.switchboard.infrastructure.push.PushHub;
import io.switchboard.infrastructure.push.PushSubscriber;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.interfaces.web.socket.FrameAssembler;
import io.switchboard.interfaces.web.socket.SocketError;
import io.switchboard.interfaces.web.socket.SocketOutbox;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The visitor's socket (the web widget): {@code /visitor/socket?site=SITE_KEY&pass=PASS&conversation=ID&after=SEQ}, the
 * pass coming from the widget's session request ({@code POST /api/widget/SITE_KEY/sessions}), which settled who the
 * visitor is. A pass from another address than it was issued to (see {@link VisitorSocketAddressFilter}), a forged or
 * expired one, and a blacklisted visitor or address are refused with an error frame and the socket closed
 * ({@code VIOLATED_POLICY}, reason {@code pass} when a new session would help, {@code refused} otherwise).
 * The connect URL's {@code lang} ({@code zh}, {@code en}) is the visitor's language for the conversations they open.
 * On connect it sends {@code hello} with the visitor's current conversation and the transcript lines after
 * {@code after} in {@code missed} ({@code after} counts in {@code conversation}; for a newer conversation from its
 * start), one page of them ({@link CatchUpPage}): when {@code more} is true the widget asks for the next page with
 * {@code {"type":"catchUp","conversationId":ID,"after":SEQ}}, answered by a {@code missed} frame, until nothing is
 * missing, so a reconnecting widget gets exactly what it missed however long it was away. Frames in:
 * {@code {"type":"send","clientId":"..","text":"..","skillGroupId":1,"entry":".."}} — queued durably and answered with
 * {@code accepted}; the stored line then comes back as a {@code message} frame with its sequence number, or is refused
 * with an {@code error} frame naming its {@code clientId}. {@code {"type":"history","before":ID,"after":SEQ}} asks for
 * the visitor's conversation before the oldest one the widget shows ("earlier messages"); {@code hello} says whether
 * there is one ({@code earlier}).
 */
@ServerEndpoint(value = "/visitor/socket", configurator = VisitorSocketConfigurator.class)
public class VisitorSocket {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(VisitorSocket.class.getName());
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String WEB = "WEB";
    /**
     * Characters of JSON in one catch-up page at most: half of what a socket's outbox holds (2,000,000), leaving
     * room for the live frames queued with it, so a page of long lines is never a frame the outbox refuses.
     */
    static final int CATCH_UP_CHARS = 1_000_000;

    @Inject
    VisitorDeskService desk;
    @Inject
    VisitorTrailService trail;
    @Inject
    PushHub hub;
    @Inject
    LiveVisitorService live;
    @Inject
    SwitchboardSettings settings;

    private final FrameAssembler frames = new FrameAssembler(AgentSocket.MAX_FRAME);

    private String tenantId;
    private String visitorId;
    /** The site the widget runs on: the conversation's association for routing rules (RT-9). */
    private String siteKey;
    /** The page's language ({@code lang} on connect): a conversation this visitor opens speaks it. */
    private Language language;
    private PushSubscriber subscriber;

    @OnOpen
    public void open(Session session) throws IOException {
        SocketOutbox.of(session);
        VisitorTrailService.Admission admission;
        try {
            admission = trail.admit(param(session, "site"), param(session, "pass"),
                    (String) session.getUserProperties().get(VisitorSocketConfigurator.CLIENT_ADDRESS));
        } catch (RuntimeException e) {
            AgentSocket.send(session, errorFrame(e, null));
            // "pass": a new session may help (the widget gets a new pass); "refused": it will not (blacklisted)
            SocketOutbox.of(session).closeAfterQueued(
                    new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, passRefused(e) ? "pass" : "refused"));
            return;
        }
        tenantId = admission.tenantId();
        visitorId = admission.visitorId();
        siteKey = param(session, "site");
        language = Language.of(param(session, "lang"));
        long after = parseAfter(param(session, "after"));
        // subscribe first, then read the transcript: a line stored in between arrives twice at worst (the widget
        // drops a seq it has), never not at all
        subscriber = frame -> AgentSocket.send(session, frame);
        hub.addVisitor(tenantId, WEB, visitorId, subscriber);
        live.arrived(tenantId, visitorId, admission.siteId(), language.tag()); // browsing now (S2 §1 在线访客)
        JsonObjectBuilder hello = JSON.createObjectBuilder().add("type", "hello").add("visitorId", visitorId)
                .add("idleSeconds", settings.socketIdleSeconds());
        JsonArrayBuilder missed = JSON.createArrayBuilder();
        boolean more = false;
        Optional<VisitorDeskService.CatchUp> catchUp = catchUp(parseLong(param(session, "conversation")), after);
        if (catchUp.isPresent()) {
            VisitorDeskService.CatchUp c = catchUp.get();
            hello.add("conversationId", c.conversation().id()).add("state", c.conversation().state());
            if (c.conversation().position() != null) {
                hello.add("position", c.conversation().position()).add("peopleAhead", c.conversation().peopleAhead());
            }
            if (c.conversation().agentName() != null) {
                hello.add("agentName", c.conversation().agentName());
            }
            if (c.conversation().endReason() != null) {
                hello.add("endReason", c.conversation().endReason());
            }
            JsonArrayBuilder recalled = JSON.createArrayBuilder();
            c.recalled().forEach(recalled::add);
            hello.add("recalled", recalled).add("earlier", c.earlier());
            CatchUpPage page = page(c);
            page.lines().forEach(line -> missed.add(JSON.createReader(new StringReader(line)).readObject()));
            more = page.more();
        }
        AgentSocket.send(session, hello.add("missed", missed).add("more", more).build().toString());
        try {
            desk.presence(tenantId, visitorId, true);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "presence not recorded", e);
        }
    }

    /**
     * A part of a frame as it is read: the frame is handled when complete, and a frame over {@link AgentSocket#MAX_FRAME}
     * characters closes the socket with 1009 at once, so its rest is never read (see {@link FrameAssembler}).
     */
    @OnMessage
    public void part(Session session, String part, boolean last) {
        SocketOutbox.of(session).receive(frames, part, last, text -> message(session, text));
    }

    private void message(Session session, String text) {
        if (tenantId == null) {
            return;
        }
        String sending = null;
        try {
            JsonObject frame = AgentSocket.parse(text);
            String type = frame.getString("type", "");
            switch (type) {
                case "send" -> {
                    String clientId = frame.getString("clientId", "");
                    sending = clientId.length() <= 100 ? clientId : null;
                    String body = frame.getString("text", "");
                    if (clientId.isBlank() || clientId.length() > 100) {
                        throw new IllegalArgumentException("clientId must have 1 to 100 characters");
                    }
                    if (body.isBlank() || body.length() > 4000) {
                        throw new IllegalArgumentException("text must have 1 to 4000 characters");
                    }
                    String attachmentId = frame.getString("attachmentId", null);
                    if (attachmentId != null && !UUID.matcher(attachmentId).matches()) {
                        throw new IllegalArgumentException("attachmentId is not a file id");
                    }
                    Long group = frame.get("skillGroupId") instanceof JsonNumber n ? n.longValue() : null;
                    String entry = limit(frame.getString("entry", ""), 100, "entry");
                    desk.send(tenantId, visitorId, clientId, body, group, attachmentId, siteKey, entry.isEmpty() ? null : entry,
                            language);
                    AgentSocket.send(session, JSON.createObjectBuilder().add("type", "accepted").add("clientId", clientId)
                            .build().toString());
                }
                case "typing" -> desk.typing(tenantId, visitorId, frame.getString("text", ""));
                case "rate" -> {
                    if (!(frame.get("conversationId") instanceof JsonNumber c) || !(frame.get("score") instanceof JsonNumber score)) {
                        throw new IllegalArgumentException("rate needs conversationId and score (1 to 5)");
                    }
                    if (score.intValue() < 1 || score.intValue() > 5) {
                        throw new IllegalArgumentException("score must be 1 to 5 stars");
                    }
                    var rating = desk.rate(tenantId, visitorId, c.longValue(), score.intValue(),
                            limit(frame.getString("comment", ""), 500, "comment"));
                    AgentSocket.send(session, JSON.createObjectBuilder().add("type", "rated")
                            .add("conversationId", rating.conversationId()).add("score", rating.score()).build().toString());
                }
                case "leaveMessage" -> {
                    String contact = limit(frame.getString("contact", ""), 200, "contact");
                    String note = limit(frame.getString("text", ""), 2000, "text");
                    if (contact.isBlank() || note.isBlank()) {
                        throw new IllegalArgumentException("a left message needs contact details and text");
                    }
                    var left = desk.leaveMessage(tenantId, visitorId, limit(frame.getString("name", ""), 100, "name"),
                            contact, note);
                    AgentSocket.send(session, JSON.createObjectBuilder().add("type", "messageLeft").add("id", left.id())
                            .build().toString());
                }
                case "catchUp" -> {
                    if (!(frame.get("after") instanceof JsonNumber after) || after.longValue() < 0) {
                        throw new IllegalArgumentException("catchUp needs after, the seq of the last line the client has");
                    }
                    Long conversation = frame.get("conversationId") instanceof JsonNumber n ? n.longValue() : null;
                    AgentSocket.send(session, catchUp(conversation, after.longValue())
                            .map(c -> page(c).toFrame()).orElseGet(CatchUpPage::nothing));
                }
                case "history" -> {
                    if (!(frame.get("before") instanceof JsonNumber before)) {
                        throw new IllegalArgumentException("history needs before, the id of the oldest conversation shown");
                    }
                    long after = frame.get("after") instanceof JsonNumber n ? Math.max(0, n.longValue()) : 0;
                    AgentSocket.send(session, history(before.longValue(), after));
                }
                case "ping" -> AgentSocket.send(session, "{\"type\":\"pong\"}");
                default -> throw new IllegalArgumentException("unknown frame type '" + type + "'");
            }
        } catch (RuntimeException e) {
            AgentSocket.send(session, errorFrame(e, sending));
        }
    }

    /**
     * The error frame ({@link SocketError#frame}): {@code code} for the widget to show in the visitor's language, the
     * server's {@code message}, {@code reason} and {@code arguments} when the services named the refusal (e.g.
     * {@code conversation.alreadyRated}), and for a refused line its {@code clientId}, so the widget marks that line
     * as not sent. A line refused for sensitive words does not name them: the visitor learns it was refused, not the
     * tenant's word list.
     */
    static String errorFrame(RuntimeException e, String clientId) {
        String code = SocketError.code(e);
        JsonObjectBuilder error = SocketError.frame(e, "sensitive".equals(code)
                ? "the message contains words that are not allowed" : AgentSocket.message(e));
        if (clientId != null && !clientId.isBlank()) {
            error.add("clientId", clientId);
        }
        return error.build().toString();
    }

    /**
     * {@code {"type":"history","before":ID,"conversationId":ID,"startedAt":"..","earlier":BOOL,"more":BOOL,
     * "recalled":[SEQ],"missed":[message frames]}}: a page of the conversation before {@code before}, or
     * {@code {"type":"history","before":ID,"earlier":false,"missed":[]}} when there is none.
     */
    private String history(long before, long after) {
        Optional<VisitorDeskService.CatchUp> found = desk.history(tenantId, visitorId, before, after);
        if (found.isEmpty()) {
            return "{\"type\":\"history\",\"before\":" + before + ",\"earlier\":false,\"more\":false,\"missed\":[]}";
        }
        VisitorDeskService.CatchUp c = found.get();
        CatchUpPage page = page(c);
        JsonArrayBuilder recalled = JSON.createArrayBuilder();
        c.recalled().forEach(recalled::add);
        String head = JSON.createObjectBuilder().add("type", "history").add("before", before)
                .add("conversationId", c.conversation().id()).add("startedAt", c.conversation().createdAt().toString())
                .add("earlier", c.earlier()).add("more", page.more()).add("recalled", recalled).build().toString();
        return head.substring(0, head.length() - 1) + ",\"missed\":[" + String.join(",", page.lines()) + "]}";
    }

    @OnClose
    public void close(Session session) {
        SocketOutbox.release(session);
        if (subscriber != null) {
            hub.removeVisitor(tenantId, WEB, visitorId, subscriber);
            if (live.left(tenantId, visitorId)) {
                return; // another tab of the visitor is still open: they have not gone away
            }
            try {
                desk.presence(tenantId, visitorId, false);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "presence not recorded", e);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // a frame over the limit (closed with 1009 by the container), a client gone mid-frame: nothing to tell anyone
        LOG.log(Level.FINE, "visitor socket error", failure);
    }

    /**
     * One page of the visitor's latest conversation after {@code after}; from its start when {@code after} counts in
     * an older conversation than the latest ({@code knownConversation}), whose lines the client has none of.
     */
    private Optional<VisitorDeskService.CatchUp> catchUp(Long knownConversation, long after) {
        Optional<VisitorDeskService.CatchUp> catchUp = desk.catchUp(tenantId, visitorId, after);
        if (knownConversation != null && catchUp.isPresent() && catchUp.get().conversation().id() != knownConversation) {
            catchUp = desk.catchUp(tenantId, visitorId, 0);
        }
        return catchUp;
    }

    private static CatchUpPage page(VisitorDeskService.CatchUp c) {
        return CatchUpPage.of(c.conversation().id(), c.messages(), c.more(), CATCH_UP_CHARS);
    }

    private static boolean passRefused(Throwable e) {
        return SocketError.unwrap(e) instanceof ForbiddenException f && "pass".equals(f.field());
    }

    private static String limit(String value, int max, String field) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " characters");
        }
        return value.strip();
    }

    private static String param(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long parseAfter(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
