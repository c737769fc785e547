package io.switchboard.interfaces.web.socket;

/**
 * Puts one incoming text frame together from the parts the container hands over as they are read, and refuses it
 * as soon as it passes the limit: the socket is then closed, so the rest of an oversized frame is never read. (The
 * container's own limit, {@code @OnMessage(maxMessageSize)}, is not applied by Undertow to whole-message handlers in
 * this WildFly; reading parts is the way to stop at the limit.) One per socket; parts of a socket come in order.
 */
public final class FrameAssembler {

    private final int maxChars;
    private final StringBuilder frame = new StringBuilder();

    public FrameAssembler(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Thrown when a frame passes the limit; the parts seen are dropped. */
    public static final class TooLarge extends Exception {
        TooLarge(int maxChars) {
            super("frame too large: at most " + maxChars + " characters", null, false, false);
        }
    }

    /**
     * Adds a part; returns the whole frame with its last part, else {@code null}.
     *
     * @throws TooLarge as soon as the frame passes the limit
     */
    public String add(String part, boolean last) throws TooLarge {
        if (frame.length() + part.length() > maxChars) {
            frame.setLength(0);
            frame.trimToSize();
            throw new TooLarge(maxChars);
        }
        if (last && frame.isEmpty()) {
            return part;
        }
        frame.append(part);
        if (!last) {
            return null;
        }
        String whole = frame.toString();
        frame.setLength(0);
        if (frame.capacity() > 4 * 1024) {
            frame.trimToSize();
        }
        return whole;
    }
}
