package io.switchboard.domain.model.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service-hours calendar of RT-8 (坐席服务日期设置 + 工作时间段): regular workdays, dates that override them
 * (a holiday on a weekday, a make-up workday on a weekend) and segments of the working day. A segment whose end
 * is not after its start crosses midnight and belongs to the day it starts on ("您可以设定跨天时间段").
 *
 * @param zone      the calendar's time zone, e.g. {@code Asia/Shanghai}
 * @param workdays  regular working weekdays
 * @param dates     dated exceptions
 * @param segments  working segments, each with its action and skill groups in overflow order
 */
public record WorkSchedule(@NotBlank @Size(max = 60) String zone, @NotNull Set<DayOfWeek> workdays,
        @NotNull @Size(max = 1000) @Valid List<@NotNull SpecialDate> dates,
        @NotNull @Size(max = 48) @Valid List<@NotNull WorkSegment> segments) {

    public WorkSchedule {
        ZoneId.of(zone);
        workdays = Set.copyOf(workdays);
        dates = List.copyOf(dates);
        segments = List.copyOf(segments);
    }

    /** Monday to Friday, 09:00–18:00, any free agent: what the seed's dialog shows before anything is set. */
    public static WorkSchedule officeHours(String zone) {
        return new WorkSchedule(zone, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of(),
                List.of(new WorkSegment(LocalTime.of(9, 0), LocalTime.of(18, 0), SegmentAction.HUMAN, List.of(), null)));
    }

    public enum DateType {
        /** Not worked although it is a regular workday. */
        HOLIDAY,
        /** Worked although it is not a regular workday. */
        WORKDAY
    }

    public enum SegmentAction {
        /** Hand to human agents of the listed groups (all enabled groups when the list is empty). */
        HUMAN,
        /** Hand to the bot / conversation flow. */
        BOT
    }

    public record SpecialDate(@NotNull LocalDate date, @NotNull DateType type) {
    }

    /** @param flowId the conversation flow a BOT segment runs (FL-1); null: the partner's own bot (IM API hand-off) */
    public record WorkSegment(@NotNull LocalTime start, @NotNull LocalTime end, @NotNull SegmentAction action,
            @NotNull @Size(max = 100) List<@NotNull Long> skillGroupIds, Long flowId) {

        public WorkSegment {
            skillGroupIds = List.copyOf(skillGroupIds);
        }

        public boolean crossesMidnight() {
            return !end.isAfter(start);
        }
    }

    public boolean isWorkday(LocalDate date) {
        for (SpecialDate d : dates) {
            if (d.date().equals(date)) {
                return d.type() == DateType.WORKDAY;
            }
        }
        return workdays.contains(date.getDayOfWeek());
    }

    /** The segment in force at this instant, if any; a segment that started yesterday and crosses midnight counts. */
    public Optional<WorkSegment> segmentAt(Instant instant) {
        LocalDateTime local = ZonedDateTime.ofInstant(instant, ZoneId.of(zone)).toLocalDateTime();
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (isWorkday(today)) {
            for (WorkSegment s : segments) {
                if (!time.isBefore(s.start()) && (s.crossesMidnight() || time.isBefore(s.end()))) {
                    return Optional.of(s);
                }
            }
        }
        if (isWorkday(today.minusDays(1))) {
            for (WorkSegment s : segments) {
                if (s.crossesMidnight() && time.isBefore(s.end())) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
