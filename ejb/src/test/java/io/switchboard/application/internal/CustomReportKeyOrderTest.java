package io.switchboard.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a custom report's rows: ids by value and before text, text as text, none ("") last. */
class CustomReportKeyOrderTest {

    private static final Comparator<List<String>> KEY_ORDER = Comparator.comparing(DefaultCustomReportService::sortKey);

    @Test
    void idsByValueTextAsTextNoneLast() {
        List<List<String>> keys = new ArrayList<>(List.of(List.of("", "2030-03-04T09:00"), List.of("10", "2030-03-04T10:00"),
                List.of("9", "2030-03-04T10:00"), List.of("10", "2030-03-04T09:00"), List.of("123456789012345678901"),
                List.of("0"), List.of("VIP"), List.of("B2B"), List.of("9", "")));
        keys.sort(KEY_ORDER);
        assertEquals(List.of(List.of("0"), List.of("9", "2030-03-04T10:00"), List.of("9", ""),
                List.of("10", "2030-03-04T09:00"), List.of("10", "2030-03-04T10:00"), List.of("123456789012345678901"),
                List.of("B2B"), List.of("VIP"), List.of("", "2030-03-04T09:00")), keys);
    }

    @Test
    void leadingZerosDoNotMakeANumberLarger() {
        assertEquals(-1, Integer.signum(KEY_ORDER.compare(List.of("7"), List.of("007"))),
                "equal in value, yet two keys: still an order");
        assertEquals(-1, Integer.signum(KEY_ORDER.compare(List.of("007"), List.of("8"))));
        assertEquals(-1, Integer.signum(KEY_ORDER.compare(List.of("007"), List.of("10"))));
        assertEquals(1, Integer.signum(KEY_ORDER.compare(List.of("100"), List.of("99"))));
    }
}
