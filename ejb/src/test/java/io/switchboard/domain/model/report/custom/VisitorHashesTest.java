package io.switchboard.domain.model.report.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
