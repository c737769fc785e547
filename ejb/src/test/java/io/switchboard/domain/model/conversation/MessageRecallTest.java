package io.switchboard.domain.model.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageRecallTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private final Conversation conversation = stored(new Conversation("v1", "访客", "WEB", null, null, 0, T0));

    /** As if the database had given it an id. */
    private static Conversation stored(Conversation c) {
        try {
            var id = Conversation.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 42L);
            return c;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSenderRecallsWithinTwoMinutesOnce() {
        ConversationMessage m = ConversationMessage.fromAgent(conversation, 7, "发错了", T0);
        m.recall(7, T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(120), m.getRecalledAt());
        assertThrows(IllegalStateException.class, () -> m.recall(7, T0.plusSeconds(121)), "only once");
    }

    @Test
    void tooLateAnotherAgentOrAVisitorLineCannotBeRecalled() {
        ConversationMessage late = ConversationMessage.fromAgent(conversation, 7, "好的", T0);
        assertThrows(IllegalStateException.class, () -> late.recall(7, T0.plusSeconds(121)));
        ConversationMessage mine = ConversationMessage.fromAgent(conversation, 7, "好的", T0);
        assertThrows(IllegalStateException.class, () -> mine.recall(8, T0.plusSeconds(5)));
        ConversationMessage visitor = ConversationMessage.fromVisitor(conversation, "你好", "c1", T0);
        assertThrows(IllegalStateException.class, () -> visitor.recall(7, T0.plusSeconds(5)));
    }
}
