package io.switchboard.interfaces.web.socket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frames waiting for one socket. Every frame is sent asynchronously, one at a time and in order, so the thread
 * that hands out pushes (the events-topic consumer, shared by every socket of the node) never waits for a client:
 * a visitor that stops reading only fills its own outbox. When an outbox holds more than {@link #MAX_FRAMES} frames
 * or {@link #MAX_CHARS} characters the client is too slow to be served: the socket is closed with 1013 "try again
 * later", and the client reconnects and catches up by sequence number, as after any lost connection.
 * <p>
 * A close asked for after frames (an error frame, then close) waits until those frames are written.
 * <p>
 * Every open outbox is known to {@link #closeIdle}, which closes, with a close frame and reason, the sockets whose
 * client sent nothing for the idle time: the widget and the workbench ping well within it, so a silent socket is a
 * client that is gone, and the server says so instead of letting the network cut it without a word.
 */
public final class SocketOutbox {

    static final int MAX_FRAMES = 1_000;
    static final long MAX_CHARS = 2_000_000;
    private static final String KEY = SocketOutbox.class.getName();
    private static final Logger LOG = Logger.getLogger(SocketOutbox.class.getName());
    private static final Set<SocketOutbox> OPEN = ConcurrentHashMap.newKeySet();

    private final Session session;
    private final Deque<Object> queue = new ArrayDeque<>();
    private long chars;
    private boolean sending;
    private boolean closed;
    private volatile long heardNanos = System.nanoTime();
    private final AtomicInteger handling = new AtomicInteger();

    private SocketOutbox(Session session) {
        this.session = session;
    }

    /**
     * The socket's outbox; made on first use, which is the socket's own open callback (before any push can reach
     * it), so the user-properties map is not written by two threads.
     */
    public static SocketOutbox of(Session session) {
        Object existing = session.getUserProperties().get(KEY);
        if (existing instanceof SocketOutbox outbox) {
            return outbox;
        }
        SocketOutbox created = new SocketOutbox(session);
        session.getUserProperties().put(KEY, created);
        OPEN.add(created);
        return created;
    }

    /**
     * One part of an incoming frame, as the container reads it: {@code frames} puts the frame together and
     * {@code handler} gets it whole; a frame over the limit closes the socket with 1009 at once, so its rest is never
     * read. The socket counts as heard from, and is not idle while the frame is handled (a slow database must not make
     * a talking client look silent).
     */
    public void receive(FrameAssembler frames, String part, boolean last, Consumer<String> handler) {
        heardNanos = System.nanoTime();
        handling.incrementAndGet();
        try {
            String frame;
            try {
                frame = frames.add(part, last);
            } catch (FrameAssembler.TooLarge e) {
                LOG.info(() -> "socket " + session.getId() + " closed: " + e.getMessage());
                closeNow(new CloseReason(CloseReason.CloseCodes.TOO_BIG, e.getMessage()));
                return;
            }
            if (frame != null) {
                handler.accept(frame);
            }
        } finally {
            heardNanos = System.nanoTime();
            handling.decrementAndGet();
        }
    }

    /** The socket closed (its close callback): no longer watched for idleness. */
    public static void release(Session session) {
        if (session.getUserProperties().get(KEY) instanceof SocketOutbox outbox) {
            OPEN.remove(outbox);
        }
    }

    /**
     * Closes, after the frames already queued, every socket whose client sent nothing for {@code idleNanos}
     * ({@code nowNanos} from {@link System#nanoTime()}), with 1001 and the reason {@code idle}; returns how many.
     */
    public static int closeIdle(long nowNanos, long idleNanos) {
        int closedNow = 0;
        for (SocketOutbox outbox : OPEN) {
            if (!outbox.session.isOpen()) {
                OPEN.remove(outbox);
            } else if (outbox.handling.get() == 0 && nowNanos - outbox.heardNanos >= idleNanos) {
                OPEN.remove(outbox);
                outbox.closeAfterQueued(new CloseReason(CloseReason.CloseCodes.GOING_AWAY,
                        "idle: nothing received for " + idleNanos / 1_000_000_000L + " s"));
                closedNow++;
            }
        }
        return closedNow;
    }

    /** Sockets of this node being watched for idleness. */
    public static int open() {
        return OPEN.size();
    }

    /** Queues one text frame; never blocks. */
    public synchronized void send(String frame) {
        if (closed || !session.isOpen()) {
            return;
        }
        if (queue.size() >= MAX_FRAMES || chars + frame.length() > MAX_CHARS) {
            overflow();
            return;
        }
        queue.addLast(frame);
        chars += frame.length();
        if (!sending) {
            next();
        }
    }

    /** Closes the socket with this reason now, dropping the frames not yet written. */
    public synchronized void closeNow(CloseReason reason) {
        if (closed) {
            return;
        }
        OPEN.remove(this);
        closed = true;
        queue.clear();
        chars = 0;
        close(reason);
    }

    /** Closes the socket with this reason once the frames queued before have been written. */
    public synchronized void closeAfterQueued(CloseReason reason) {
        if (closed) {
            return;
        }
        queue.addLast(reason);
        if (!sending) {
            next();
        }
    }

    private void next() {
        Object head = queue.pollFirst();
        if (head == null) {
            sending = false;
            return;
        }
        if (head instanceof CloseReason reason) {
            OPEN.remove(this);
            closed = true;
            sending = false;
            queue.clear();
            close(reason);
            return;
        }
        String frame = (String) head;
        chars -= frame.length();
        sending = true;
        try {
            session.getAsyncRemote().sendText(frame, this::sent);
        } catch (IllegalStateException e) {
            gone(e);
        }
    }

    private void sent(SendResult result) {
        synchronized (this) {
            if (!result.isOK()) {
                gone(result.getException());
                return;
            }
            next();
        }
    }

    private void gone(Throwable why) {
        LOG.log(Level.FINE, "socket gone", why);
        OPEN.remove(this);
        closed = true;
        sending = false;
        queue.clear();
        chars = 0;
    }

    private void overflow() {
        int frames = queue.size();
        LOG.warning(() -> "socket " + session.getId() + " reads too slowly (" + frames + " frames waiting): closed");
        closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: reconnect and catch up"));
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "socket gone", e);
        }
    }
}
