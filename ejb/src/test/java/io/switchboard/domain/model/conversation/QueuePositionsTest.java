package io.switchboard.domain.model.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.domain.model.routing.QueueBook;
import io.switchboard.domain.model.routing.WaitingConversation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueuePositionsTest {

    /** Service order as the routing engine's queues keep it: higher priority first, then arrival. */
    private static final Comparator<WaitingConversation> SERVICE_ORDER = Comparator
            .comparingInt((WaitingConversation w) -> -w.priority())
            .thenComparingLong(WaitingConversation::seq)
            .thenComparingLong(WaitingConversation::conversationId);

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
        assertArrayEquals(new int[0], QueuePositions.positions(List.<List<Long>>of(), g -> g));
    }

    @Test
    void anEntryWithoutGroupsHoldsNoPlaceAndMovesNobody() {
        int[] positions = QueuePositions.positions(List.of(List.of(10L), List.<Long>of(), List.of(10L)), g -> g);
        assertArrayEquals(new int[] {1, 0, 2}, positions);
        assertEquals(List.of(1L, 3L), QueuePositions.of(List.of(w(1, 10L), w(2), w(3, 10L))).stream()
                .map(QueuePositions.Place::conversationId).toList());
    }

    @Test
    void aGroupNamedTwiceByOneEntryCountsItOnce() {
        assertArrayEquals(new int[] {1, 2}, QueuePositions.positions(List.of(List.of(10L, 10L), List.of(10L)), g -> g));
    }

    /**
     * The fault of GET /api/v1/queue: places counted one query each while the head left in between came out as
     * [1, 1, 2]. Counted in one read, the queue without the head is simply [1, 2], and with it [1, 2, 3].
     */
    @Test
    void oneReadOfTheQueueGivesOneToNWhetherTheHeadLeftBeforeItOrNot() {
        assertArrayEquals(new int[] {1, 2, 3},
                QueuePositions.positions(List.of(List.of(7L), List.of(7L), List.of(7L)), g -> g));
        assertArrayEquals(new int[] {1, 2}, QueuePositions.positions(List.of(List.of(7L), List.of(7L)), g -> g));
    }

    /**
     * Property: over random queues (priorities, overflow groups, entries gone at random as if served while the
     * queue was read), the place counted in one pass over the snapshot in service order is the place the routing
     * engine's {@link QueueBook} gives the same waiting conversations, and the visitors whose first group is the
     * same stand at strictly increasing places; in a queue of one group they are exactly 1..n.
     */
    @Test
    void placesAgreeWithTheRoutingEnginesQueueBook() {
        long base = Long.getLong("queue.seed", System.nanoTime());
        for (int run = 0; run < 500; run++) {
            long seed = base + run;
            Random random = new Random(seed);
            int groupCount = 1 + random.nextInt(4);
            List<WaitingConversation> waiting = new ArrayList<>();
            int size = random.nextInt(60);
            for (long id = 1; id <= size; id++) {
                if (random.nextInt(5) == 0) {
                    continue; // left the queue before the read: not in the snapshot
                }
                List<Long> groups = new ArrayList<>(IntStream.range(0, groupCount).mapToObj(g -> 100L + g).toList());
                java.util.Collections.shuffle(groups, random);
                waiting.add(new WaitingConversation(id, random.nextInt(3), id,
                        groups.subList(0, 1 + random.nextInt(groupCount)), 0, null, 0));
            }
            waiting.sort(SERVICE_ORDER);
            int[] positions = QueuePositions.positions(waiting, WaitingConversation::groups);
            QueueBook book = new QueueBook(waiting);
            Map<Long, Integer> lastPerFirstGroup = new HashMap<>();
            for (int i = 0; i < waiting.size(); i++) {
                WaitingConversation w = waiting.get(i);
                String replay = "seed " + seed + ", conversation " + w.conversationId();
                assertEquals(book.position(w.conversationId()), positions[i], replay);
                Integer last = lastPerFirstGroup.put(w.groups().get(0), positions[i]);
                if (last != null && positions[i] <= last) {
                    throw new AssertionError("places do not increase in their queue: " + replay);
                }
                if (groupCount == 1) {
                    assertEquals(i + 1, positions[i], "one group: places are 1..n, " + replay);
                }
            }
        }
    }
}
