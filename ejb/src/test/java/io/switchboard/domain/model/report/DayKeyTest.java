package io.switchboard.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DayKeyTest {

    private static RollupCounters queued(long ms) {
        return new RollupCounters().add(FactKind.QUEUE_LEFT, ms, 0, null);
    }

    @Test
    void hoursAreSummedByTheTenantsDay() {
        Map<RollupKey, RollupCounters> hours = new TreeMap<>();
        // 15:00 and 17:00 UTC: 23:00 on the 4th and 01:00 on the 5th in Shanghai
        hours.put(RollupKey.of(Instant.parse("2030-03-04T15:00:00Z"), 1L, 2L, "WEB", null), queued(10_000));
        hours.put(RollupKey.of(Instant.parse("2030-03-04T14:00:00Z"), 1L, 2L, "WEB", null), queued(30_000));
        hours.put(RollupKey.of(Instant.parse("2030-03-04T17:00:00Z"), 1L, 2L, "WEB", null), queued(20_000));
        hours.put(RollupKey.of(Instant.parse("2030-03-04T17:00:00Z"), 1L, 3L, "WEB", null), queued(5_000));
        Map<DayKey, RollupCounters> days = DayKey.byDay(hours, ZoneId.of("Asia/Shanghai"));
        assertEquals(List.of(new DayKey(LocalDate.parse("2030-03-04"), 1, 2, "WEB", ""),
                new DayKey(LocalDate.parse("2030-03-05"), 1, 2, "WEB", ""),
                new DayKey(LocalDate.parse("2030-03-05"), 1, 3, "WEB", "")), List.copyOf(days.keySet()));
        RollupCounters fourth = days.get(new DayKey(LocalDate.parse("2030-03-04"), 1, 2, "WEB", ""));
        assertEquals(2, fourth.queueLeft());
        assertEquals(40_000, fourth.queueMsSum());
        assertEquals(30_000, fourth.queueMsMax(), "a day's longest is the longest of its hours");
        // the same hours in New York: all on the 4th
        assertEquals(2, DayKey.byDay(hours, ZoneId.of("America/New_York")).size());
    }

    @Test
    void hoursAreSummedByHourAndSkillGroupOverAgentsChannelsAndAssociations() {
        Instant nine = Instant.parse("2030-03-04T01:00:00Z");
        Map<RollupKey, RollupCounters> hours = new TreeMap<>();
        hours.put(RollupKey.of(nine, 1L, 2L, "WEB", "shop"), queued(10_000));
        hours.put(RollupKey.of(nine, 1L, 3L, "IM_API", null), queued(30_000));
        hours.put(RollupKey.of(nine, 2L, 3L, "WEB", null), queued(5_000));
        hours.put(RollupKey.of(nine.plusSeconds(3600), 1L, 2L, "WEB", "shop"), queued(20_000));
        Map<RollupKey, RollupCounters> groups = RollupKey.byGroupHour(hours);
        assertEquals(List.of(new RollupKey(nine, 1, 0, "", ""), new RollupKey(nine, 2, 0, "", ""),
                new RollupKey(nine.plusSeconds(3600), 1, 0, "", "")), List.copyOf(groups.keySet()));
        RollupCounters first = groups.get(new RollupKey(nine, 1, 0, "", ""));
        assertEquals(2, first.queueLeft());
        assertEquals(40_000, first.queueMsSum());
        assertEquals(30_000, first.queueMsMax());
    }
}
