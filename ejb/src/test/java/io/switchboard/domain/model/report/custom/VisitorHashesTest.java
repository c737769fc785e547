package io.switchboard.domain.model.report.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisitorHashesTest {

    @Test
    void theHashIsPostgresqlsSha256Prefix() {
        // select ('x' || encode(substr(sha256(convert_to('访客-1', 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint
        assertEquals(7698653999542873515L, VisitorHashes.of("访客-1"));
    }

    @Test
    void cellsMergeIntoDistinctVisitors() {
        byte[] morning = new VisitorHashes().add("v1").add("v2").add("v1").add(null).encode();
        assertEquals(16, morning.length, "two distinct visitors of 8 bytes each");
        byte[] evening = new VisitorHashes().add("v2").add("v3").encode();
        assertEquals(3, new VisitorHashes().addAll(morning).addAll(evening).addAll(null).count());
        assertEquals(3, new VisitorHashes().addAll(morning).add("v4").add("v1").count(), "a cell and an open day's rows: v1, v2, v4");
        assertEquals(0, new VisitorHashes().count());
    }

    @Test
    void manyHashesCountAsASetWould() {
        java.util.Random random = new java.util.Random(21);
        java.util.Set<Long> expected = new java.util.HashSet<>();
        java.nio.ByteBuffer cell = java.nio.ByteBuffer.allocate(8 * 50_000);
        for (int i = 0; i < 50_000; i++) {
            long h = i % 1000 == 0 ? 0 : random.nextLong() % 20_000; // repeats, negatives and the empty-slot value 0
            expected.add(h);
            cell.putLong(h);
        }
        VisitorHashes merged = new VisitorHashes().addAll(cell.array()).addAll(cell.array());
        assertEquals(expected.size(), merged.count());
        byte[] encoded = merged.encode();
        assertEquals(8 * expected.size(), encoded.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(encoded);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < expected.size(); i++) {
            long h = b.getLong();
            assertTrue(i == 0 || h > previous, "ascending and distinct");
            assertTrue(expected.contains(h));
            previous = h;
        }
    }
}
