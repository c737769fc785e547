package io.switchboard.interfaces.web.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameAssemblerTest {

    @Test
    void aFrameInOnePartComesBackAsIs() throws Exception {
        assertEquals("{\"type\":\"ping\"}", new FrameAssembler(100).add("{\"type\":\"ping\"}", true));
    }

    @Test
    void partsAreJoinedInOrderAndTheNextFrameStartsEmpty() throws Exception {
        FrameAssembler frames = new FrameAssembler(10);
        assertNull(frames.add("abc", false));
        assertNull(frames.add("de", false));
        assertEquals("abcdef", frames.add("f", true));
        assertEquals("xyz", frames.add("xyz", true));
    }

    @Test
    void aFrameIsRefusedAsSoonAsItPassesTheLimitNotAtItsEnd() throws Exception {
        FrameAssembler frames = new FrameAssembler(10);
        assertNull(frames.add("12345", false));
        assertNull(frames.add("67890", false));
        FrameAssembler.TooLarge refused = assertThrows(FrameAssembler.TooLarge.class, () -> frames.add("1", false));
        assertEquals("frame too large: at most 10 characters", refused.getMessage());
        assertEquals("exactly10!", new FrameAssembler(10).add("exactly10!", true));
    }
}
