package io.switchboard.domain.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.routing.WorkSchedule.DateType;
import io.switchboard.domain.model.routing.WorkSchedule.SegmentAction;
import io.switchboard.domain.model.routing.WorkSchedule.SpecialDate;
import io.switchboard.domain.model.routing.WorkSchedule.WorkSegment;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkScheduleAndRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026-11-16 is a Monday. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static final WorkSchedule SCHEDULE = new WorkSchedule("Asia/Shanghai",
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(new SpecialDate(LocalDate.of(2026, 11, 18), DateType.HOLIDAY),
                    new SpecialDate(LocalDate.of(2026, 11, 22), DateType.WORKDAY)),
            List.of(new WorkSegment(LocalTime.of(9, 0), LocalTime.of(12, 0), SegmentAction.HUMAN, List.of(1L, 2L), null),
                    new WorkSegment(LocalTime.of(13, 0), LocalTime.of(18, 0), SegmentAction.HUMAN, List.of(2L), null),
                    new WorkSegment(LocalTime.of(22, 0), LocalTime.of(2, 0), SegmentAction.BOT, List.of(3L), null)));

    @Test
    void segmentsFollowWeekdaysAndTheirTimes() {
        assertEquals(List.of(1L, 2L), SCHEDULE.segmentAt(at("2026-11-16T09:00")).orElseThrow().skillGroupIds());
        assertTrue(SCHEDULE.segmentAt(at("2026-11-16T12:00")).isEmpty(), "end is exclusive: lunch break");
        assertEquals(List.of(2L), SCHEDULE.segmentAt(at("2026-11-16T17:59")).orElseThrow().skillGroupIds());
        assertTrue(SCHEDULE.segmentAt(at("2026-11-16T08:59")).isEmpty());
        assertTrue(SCHEDULE.segmentAt(at("2026-11-21T10:00")).isEmpty(), "Saturday");
    }

    @Test
    void holidaysAndMakeUpWorkdaysOverrideTheWeekdays() {
        assertFalse(SCHEDULE.isWorkday(LocalDate.of(2026, 11, 18)));
        assertTrue(SCHEDULE.segmentAt(at("2026-11-18T10:00")).isEmpty(), "Wednesday holiday");
        assertTrue(SCHEDULE.isWorkday(LocalDate.of(2026, 11, 22)));
        assertTrue(SCHEDULE.segmentAt(at("2026-11-22T10:00")).isPresent(), "Sunday make-up workday");
    }

    @Test
    void aCrossMidnightSegmentBelongsToTheDayItStarts() {
        assertEquals(SegmentAction.BOT, SCHEDULE.segmentAt(at("2026-11-16T23:30")).orElseThrow().action());
        assertEquals(SegmentAction.BOT, SCHEDULE.segmentAt(at("2026-11-17T01:59")).orElseThrow().action(), "Monday's night");
        assertTrue(SCHEDULE.segmentAt(at("2026-11-17T02:00")).isEmpty());
        assertTrue(SCHEDULE.segmentAt(at("2026-11-19T01:00")).isEmpty(), "the holiday's night is not worked");
        assertTrue(SCHEDULE.segmentAt(at("2026-11-21T01:00")).isPresent(), "Friday's night runs into Saturday");
    }

    private static RoutingSettings withHours(boolean enabled, List<RoutingRule> rules) {
        RoutingSettings d = RoutingSettings.defaults();
        return d.withWorkHours(new RoutingSettings.WorkHours(enabled, d.workHours().offHoursMessage(), SCHEDULE)).withRules(rules);
    }

    @Test
    void outsideServiceHoursTheVisitorGetsTheOffHoursBranch() {
        RouteTarget t = RouteResolver.resolve(withHours(true, List.of()), at("2026-11-21T10:00"), "WEB", null, null, 5L, List.of(9L));
        assertInstanceOf(RouteTarget.OffHours.class, t);
        assertEquals("您好，当前非工作时间段", RoutingSettings.defaults().workHours().offHoursMessage());
    }

    @Test
    void insideHoursTheSegmentGroupsGiveTheOverflowOrder() {
        RouteTarget t = RouteResolver.resolve(withHours(true, List.of()), at("2026-11-16T10:00"), "WEB", null, null, null, List.of(9L));
        assertEquals(new RouteTarget.Groups(List.of(1L, 2L)), t);
    }

    @Test
    void withoutWorkHoursAndRulesEveryEnabledGroupServes() {
        RouteTarget t = RouteResolver.resolve(withHours(false, List.of()), at("2026-11-21T10:00"), "WEB", null, null, null, List.of(9L, 10L));
        assertEquals(new RouteTarget.Groups(List.of(9L, 10L)), t);
    }

    @Test
    void theVisitorsChosenGroupWins() {
        RouteTarget t = RouteResolver.resolve(withHours(false, List.of(new RoutingRule(RoutingRule.Match.DEFAULT, null,
                RoutingRule.Target.SKILL_GROUP, 4L, null))), at("2026-11-16T10:00"), "WEB", null, null, 5L, List.of());
        assertEquals(new RouteTarget.Groups(List.of(5L)), t);
    }

    @Test
    void rulesMatchByChannelAssociationAndEntryInDragOrder() {
        List<RoutingRule> rules = List.of(
                new RoutingRule(RoutingRule.Match.ENTRY, "vip-button", RoutingRule.Target.SKILL_GROUP, 11L, null),
                new RoutingRule(RoutingRule.Match.ASSOCIATION, "app-42", RoutingRule.Target.SKILL_GROUP, 12L, null),
                new RoutingRule(RoutingRule.Match.CHANNEL, "wechat", RoutingRule.Target.SKILL_GROUP, 13L, null),
                new RoutingRule(RoutingRule.Match.DEFAULT, null, RoutingRule.Target.SKILL_GROUP, 14L, null));
        RoutingSettings s = withHours(false, rules);
        Instant now = at("2026-11-16T10:00");
        assertEquals(new RouteTarget.Groups(List.of(11L)), RouteResolver.resolve(s, now, "WECHAT", "app-42", "vip-button", null, List.of()));
        assertEquals(new RouteTarget.Groups(List.of(12L)), RouteResolver.resolve(s, now, "WECHAT", "app-42", null, null, List.of()));
        assertEquals(new RouteTarget.Groups(List.of(13L)), RouteResolver.resolve(s, now, "WECHAT", null, null, null, List.of()));
        assertEquals(new RouteTarget.Groups(List.of(14L)), RouteResolver.resolve(s, now, "WEB", null, null, null, List.of()));
    }

    @Test
    void aBotRuleAboveAGroupRuleHandsOffToThatGroup() {
        List<RoutingRule> rules = List.of(new RoutingRule(RoutingRule.Match.CHANNEL, "WEB", RoutingRule.Target.BOT, null, null),
                new RoutingRule(RoutingRule.Match.DEFAULT, null, RoutingRule.Target.SKILL_GROUP, 14L, null));
        assertEquals(new RouteTarget.Bot(List.of(14L)),
                RouteResolver.resolve(withHours(false, rules), at("2026-11-16T10:00"), "WEB", null, null, null, List.of(9L)));
    }

    @Test
    void aBotRuleCarriesItsFlowAndABotSegmentItsOwn() {
        List<RoutingRule> rules = List.of(new RoutingRule(RoutingRule.Match.CHANNEL, "WEB", RoutingRule.Target.BOT, null, 7L),
                new RoutingRule(RoutingRule.Match.DEFAULT, null, RoutingRule.Target.BOT, null, 8L));
        assertEquals(new RouteTarget.Bot(List.of(9L), 7L),
                RouteResolver.resolve(withHours(false, rules), at("2026-11-16T10:00"), "WEB", null, null, null, List.of(9L)));
        assertEquals(new RouteTarget.Bot(List.of(9L), 8L),
                RouteResolver.resolve(withHours(false, rules), at("2026-11-16T10:00"), "IM", null, null, null, List.of(9L)));
    }

    @Test
    void aGroupRuleAboveABotRuleNeverGoesToTheBot() {
        List<RoutingRule> rules = List.of(new RoutingRule(RoutingRule.Match.CHANNEL, "WEB", RoutingRule.Target.SKILL_GROUP, 14L, null),
                new RoutingRule(RoutingRule.Match.DEFAULT, null, RoutingRule.Target.BOT, null, null));
        assertEquals(new RouteTarget.Groups(List.of(14L)),
                RouteResolver.resolve(withHours(false, rules), at("2026-11-16T10:00"), "WEB", null, null, null, List.of(9L)));
    }

    @Test
    void rulesNeedWhatTheyMatchAndTarget() {
        assertThrows(IllegalArgumentException.class, () -> new RoutingRule(RoutingRule.Match.CHANNEL, " ", RoutingRule.Target.BOT, null, null));
        assertThrows(IllegalArgumentException.class, () -> new RoutingRule(RoutingRule.Match.DEFAULT, null, RoutingRule.Target.SKILL_GROUP, null, null));
    }
}
