package io.switchboard.domain.model.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueuePositionsTest {

    private static QueuePositions.Waiting w(long id, Long... groups) {
        return new QueuePositions.Waiting(id, "WEB", "v" + id, List.of(groups));
    }

    @Test
    void eachPlaceCountsOnlyTheEntriesAheadThatWaitForTheSameFirstGroup() {
        List<QueuePositions.Place> places = QueuePositions.of(List.of(
                w(1, 10L), w(2, 20L), w(3, 10L, 20L), w(4, 20L), w(5, 10L)));
        assertEquals(List.of(1, 1, 2, 3, 3), places.stream().map(QueuePositions.Place::position).toList());
        assertEquals("v3", places.get(2).visitorId());
    }

    @Test
    void anEmptyQueueHasNoPlaces() {
        assertEquals(List.of(), QueuePositions.of(List.of()));
    }
}
