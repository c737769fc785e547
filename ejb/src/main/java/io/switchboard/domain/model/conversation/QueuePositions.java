package io.switchboard.domain.model.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every waiting visitor's {index} at once, from one read of the queue in service order (higher priority first, then
 * arrival, the order of {@link io.switchboard.domain.model.routing.QueueBook}): an entry's position is one more than
 * the entries ahead of it that wait for its primary group, the same rule as {@code QueueBook.position} and
 * {@link ConversationRepository#position(QueueEntry)}, in one pass instead of one query per entry. Counted in one
 * list, the places of a group's queue run 1, 2, 3 … without a gap or a double, however the queue moves while it is
 * read: an entry that left before the read is not in the list, and one that leaves after it does not matter.
 */
public final class QueuePositions {

    /**
     * One waiting conversation's place, with what a push needs to find the visitor's socket; {@code groupId}: the
     * queue it waits in (its primary group); {@code waitSeconds}: the predicted wait, null when none is known.
     */
    public record Place(long conversationId, String channel, String visitorId, int position, Long groupId,
                        Long waitSeconds) {

        public Place withWait(Long seconds) {
            return new Place(conversationId, channel, visitorId, position, groupId, seconds);
        }
    }

    /** One queue entry in queue order. */
    public record Waiting(long conversationId, String channel, String visitorId, List<Long> groups) {
    }

    private QueuePositions() {
    }

    public static List<Place> of(List<Waiting> inQueueOrder) {
        int[] positions = positions(inQueueOrder, Waiting::groups);
        List<Place> places = new ArrayList<>(inQueueOrder.size());
        for (int i = 0; i < positions.length; i++) {
            Waiting w = inQueueOrder.get(i);
            if (positions[i] > 0) {
                places.add(new Place(w.conversationId(), w.channel(), w.visitorId(), positions[i], w.groups().get(0), null));
            }
        }
        return places;
    }

    /**
     * The position of each entry of {@code inQueueOrder}, index for index; 0 for an entry without groups, which
     * waits in no queue and holds no place.
     *
     * @param groups an entry's candidate groups in overflow order, the first being its primary queue
     */
    public static <T> int[] positions(List<T> inQueueOrder, Function<? super T, List<Long>> groups) {
        Map<Long, Integer> seenPerGroup = new HashMap<>();
        int[] positions = new int[inQueueOrder.size()];
        for (int i = 0; i < positions.length; i++) {
            List<Long> of = groups.apply(inQueueOrder.get(i));
            if (of.isEmpty()) {
                continue;
            }
            positions[i] = seenPerGroup.getOrDefault(of.get(0), 0) + 1;
            for (Long g : new LinkedHashSet<>(of)) { // a group named twice is still one queue
                seenPerGroup.merge(g, 1, Integer::sum);
            }
        }
        return positions;
    }
}
