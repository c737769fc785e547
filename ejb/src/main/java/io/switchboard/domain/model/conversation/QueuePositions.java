package io.switchboard.domain.model.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every waiting visitor's {index} at once, from the queue in order (higher priority first, then arrival): an entry's
 * position is one more than the entries ahead of it that wait for its primary group, the same rule as
 * {@link ConversationRepository#position(QueueEntry)}, in one pass instead of one query per entry.
 */
public final class QueuePositions {

    /** One waiting conversation's place, with what a push needs to find the visitor's socket. */
    public record Place(long conversationId, String channel, String visitorId, int position) {
    }

    /** One queue entry in queue order. */
    public record Waiting(long conversationId, String channel, String visitorId, List<Long> groups) {
    }

    private QueuePositions() {
    }

    public static List<Place> of(List<Waiting> inQueueOrder) {
        Map<Long, Integer> seenPerGroup = new HashMap<>();
        List<Place> places = new ArrayList<>(inQueueOrder.size());
        for (Waiting w : inQueueOrder) {
            if (w.groups().isEmpty()) {
                continue;
            }
            int position = seenPerGroup.getOrDefault(w.groups().get(0), 0) + 1;
            places.add(new Place(w.conversationId(), w.channel(), w.visitorId(), position));
            for (Long g : w.groups()) {
                seenPerGroup.merge(g, 1, Integer::sum);
            }
        }
        return places;
    }
}
