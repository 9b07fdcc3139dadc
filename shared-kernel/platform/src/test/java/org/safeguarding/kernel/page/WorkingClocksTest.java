package org.safeguarding.kernel.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.kernel.calendar.WorkingCalendar;

class WorkingClocksTest {

    private static final WorkingCalendar WEEKDAYS = new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.SCHOOL_ZONE).toInstant();
    }

    private static WorkingClocks at(String localDateTime) {
        return new WorkingClocks(WEEKDAYS, Clock.fixed(london(localDateTime), ZoneOffset.UTC));
    }

    @Test
    void aClockDueOnMondayCountsNothingOfTheWeekend() {
        WorkingClocks.Countdown left = at("2026-11-20T22:00").countdown(london("2026-11-23T09:30"));

        assertThat(left.overdue()).isFalse();
        assertThat(left.text()).isEqualTo("11 h 30 min left");
    }

    @Test
    void aClockThatRanOutSaysByHowMuchWorkingTime() {
        WorkingClocks.Countdown late = at("2026-11-24T14:05").countdown(london("2026-11-23T10:00"));

        assertThat(late.overdue()).isTrue();
        assertThat(late.text()).isEqualTo("Overdue by 1 working day 4 h 5 min");
    }

    @Test
    void lessThanAMinuteIsSaid() {
        assertThat(at("2026-11-23T10:00").countdown(london("2026-11-23T10:00:30")).text())
            .isEqualTo("less than a minute left");
    }

}
