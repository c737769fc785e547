package io.switchboard.infrastructure.push;

import io.switchboard.application.MessageView;
import io.switchboard.infrastructure.push.DeskUpdatePublisher.MessageFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the lines a reconnecting client missed, each as the JSON of its {@code message} frame, in order. A page
 * also stops at {@code maxChars} of JSON, though never before its first line: a socket's outbox refuses a frame
 * larger than it holds (a page of long lines would be one, and the client would reconnect for the same page for
 * ever), and a page that always holds a line always moves the client on. {@code more} says that lines follow:
 * the client asks again after the last line it has, until a page says nothing more.
 *
 * <p>Frames: the visitor's {@code hello} carries the first page in {@code missed} with {@code more}; the client
 * asks for the next with {@code {"type":"catchUp","conversationId":ID,"after":SEQ}} and gets
 * {@code {"type":"missed","conversationId":ID,"more":BOOL,"missed":[message frames]}} ({@link #toFrame()}).
 */
public record CatchUpPage(long conversationId, List<String> lines, boolean more) {

    public static final String TYPE = "missed";

    public CatchUpPage {
        lines = List.copyOf(lines);
    }

    /**
     * @param messages the lines read after the client's cursor, in order
     * @param more     whether lines follow {@code messages}
     */
    public static CatchUpPage of(long conversationId, List<MessageView> messages, boolean more, int maxChars) {
        List<String> lines = new ArrayList<>(messages.size());
        long chars = 0;
        for (MessageView m : messages) {
            String json = DeskUpdateCodec.toJson(MessageFrame.of(conversationId, m));
            if (!lines.isEmpty() && chars + json.length() > maxChars) {
                return new CatchUpPage(conversationId, lines, true);
            }
            lines.add(json);
            chars += json.length() + 1;
        }
        return new CatchUpPage(conversationId, lines, more);
    }

    /** The {@code missed} frame; the lines go in as they are, serialised once. */
    public String toFrame() {
        return "{\"type\":\"" + TYPE + "\",\"conversationId\":" + conversationId + ",\"more\":" + more
                + ",\"missed\":[" + String.join(",", lines) + "]}";
    }

    /** The {@code missed} frame of a visitor who has no conversation yet: nothing to catch up. */
    public static String nothing() {
        return "{\"type\":\"" + TYPE + "\",\"more\":false,\"missed\":[]}";
    }
}
