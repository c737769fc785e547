package io.switchboard.infrastructure.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.MessageView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A catch-up page carries the missed lines in order, stops at its size, never empty, and says when lines follow. */
class CatchUpPageTest {

    private static List<MessageView> lines(long from, long to, int bodyLength) {
        return LongStream.rangeClosed(from, to).mapToObj(seq -> new MessageView(seq, seq, "AGENT", 5L, null,
                "x".repeat(bodyLength), null, Instant.parse("2026-11-30T10:00:00Z"), null, List.of(), false, List.of())).toList();
    }

    private static List<Long> seqs(JsonObject frame) {
        return frame.getJsonArray("missed").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("seq").longValue()).toList();
    }

    private static JsonObject parse(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    @Test
    void aPageThatFitsKeepsEveryLineAndPassesOnWhetherMoreFollow() {
        CatchUpPage last = CatchUpPage.of(7, lines(11, 13, 10), false, 1_000_000);
        JsonObject frame = parse(last.toFrame());
        assertEquals("missed", frame.getString("type"));
        assertEquals(7, frame.getJsonNumber("conversationId").longValue());
        assertEquals(List.of(11L, 12L, 13L), seqs(frame));
        assertEquals(JsonValue.FALSE, frame.get("more"));
        JsonObject line = frame.getJsonArray("missed").getJsonObject(0);
        assertEquals("message", line.getString("type"), "each line is the live message frame");
        assertEquals(7, line.getJsonNumber("conversationId").longValue());

        assertTrue(CatchUpPage.of(7, lines(1, 1000, 10), true, 1_000_000).more());
    }

    @Test
    void aPageStopsAtItsSizeAndThenSaysMoreFollow() {
        List<MessageView> missed = lines(1, 100, 1000);
        CatchUpPage page = CatchUpPage.of(7, missed, false, 20_000);
        assertTrue(page.more(), "cut short, so lines follow");
        assertTrue(page.lines().size() > 1 && page.lines().size() < 100, page.lines().size() + " lines");
        assertTrue(page.toFrame().length() <= 20_000 + 100, "the frame stays near its size: " + page.toFrame().length());
        List<Long> got = seqs(parse(page.toFrame()));
        assertEquals(LongStream.rangeClosed(1, got.size()).boxed().toList(), got, "the first lines, in order");

        CatchUpPage next = CatchUpPage.of(7, missed.subList(got.size(), missed.size()), false, 20_000);
        assertEquals(got.size() + 1, seqs(parse(next.toFrame())).get(0), "the next page goes on after the last line");
    }

    @Test
    void aLineLargerThanAPageStillGoesAloneSoPagingMovesOn() {
        CatchUpPage page = CatchUpPage.of(7, lines(5, 6, 4000), false, 1000);
        assertEquals(List.of(5L), seqs(parse(page.toFrame())));
        assertTrue(page.more());
    }

    @Test
    void nothingToCatchUp() {
        JsonObject empty = parse(CatchUpPage.of(7, List.of(), false, 1000).toFrame());
        assertEquals(List.of(), seqs(empty));
        assertEquals(JsonValue.FALSE, empty.get("more"));
        JsonObject none = parse(CatchUpPage.nothing());
        assertEquals("missed", none.getString("type"));
        assertFalse(none.containsKey("conversationId"));
        assertEquals(JsonValue.FALSE, none.get("more"));
    }
}
