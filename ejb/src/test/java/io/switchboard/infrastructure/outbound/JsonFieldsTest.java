package io.switchboard.infrastructure.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fields a flow's API node reads from an answer (issue 20). */
class JsonFieldsTest {

    private final JsonFields answer = JsonFields.of(
            "{\"data\":{\"level\":\"gold\",\"points\":1200,\"vip\":true,\"note\":null},\"items\":[{\"id\":\"A-1\"},{\"id\":7}]}");

    @Test
    void membersAndIndexesAreRead() {
        assertEquals(Optional.of("gold"), answer.apply("$.data.level"));
        assertEquals(Optional.of("1200"), answer.apply("$.data.points"));
        assertEquals(Optional.of("true"), answer.apply("$.data.vip"));
        assertEquals(Optional.of("A-1"), answer.apply("$.items[0].id"));
        assertEquals(Optional.of("7"), answer.apply("$.items[1].id"));
        assertEquals(Optional.of("{\"id\":\"A-1\"}"), answer.apply("$.items[0]"));
    }

    @Test
    void missingNullAndBadPathsOrAnswersGiveNothing() {
        assertEquals(Optional.empty(), answer.apply("$.data.city"));
        assertEquals(Optional.empty(), answer.apply("$.data.note"));
        assertEquals(Optional.empty(), answer.apply("$.items[5].id"));
        assertEquals(Optional.empty(), answer.apply("$.data..level"));
        assertEquals(Optional.empty(), answer.apply("data.level"));
        assertEquals(Optional.empty(), JsonFields.of("<html>busy</html>").apply("$.data"));
        assertEquals(Optional.empty(), JsonFields.of("").apply("$.data"));
    }
}
