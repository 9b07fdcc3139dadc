package org.safeguarding.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final WorkingCalendar englandAndWales = new WorkingCalendar(WEEKDAYS,
            new HashSet<>(WorkingCalendar.shippedBankHolidays()));

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), WorkingCalendar.SCHOOL_ZONE).toInstant();
    }

    @Test
    void aFridayEveningReportIsDueOnMondayEvening() {
        Instant fridayEvening = london("2026-11-20T19:30");

        Instant due = englandAndWales.plusWorkingTime(fridayEvening, Duration.ofHours(24));

        assertThat(due).isEqualTo(london("2026-11-23T19:30"));
    }

    @Test
    void aBankHolidayMondayDoesNotCount() {
        Instant fridayBeforeSpringBankHoliday = london("2026-05-22T16:00");

        Instant due = englandAndWales.plusWorkingTime(fridayBeforeSpringBankHoliday, Duration.ofHours(24));

        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(due).isEqualTo(london("2026-05-26T16:00"));
    }

    @Test
    void aReportMadeOnASaturdayStartsCountingOnMondayMorning() {
        Instant due = englandAndWales.plusWorkingTime(london("2026-11-21T10:00"), Duration.ofHours(24));

        assertThat(due).isEqualTo(london("2026-11-24T00:00"));
    }

    @Test
    void aSevenDayCalendarCountsTheWeekend() {
        var boardingSchool = new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), Set.of());

        Instant due = boardingSchool.plusWorkingTime(london("2026-11-20T19:30"), Duration.ofHours(24));

        assertThat(due).isEqualTo(london("2026-11-21T19:30"));
    }

    @Test
    void christmasAndBoxingDayOnAWeekendMoveToTheSubstituteDays() {
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(englandAndWales.plusWorkingTime(london("2027-12-24T12:00"), Duration.ofHours(24)))
            .isEqualTo(london("2027-12-29T12:00"));
    }

    @Test
    void theNextWorkingDayAfterAWeekendArrivalIsMonday() {
        assertThat(englandAndWales.startOfNextWorkingDay(london("2026-11-21T23:00")))
            .isEqualTo(london("2026-11-23T00:00"));
    }

    @Test
    void workingTimeIsRealTimeAcrossTheClockChange() {
        Instant saturdayBeforeClocksGoBack = london("2026-10-24T12:00");
        var sevenDays = new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), Set.of());

        Instant due = sevenDays.plusWorkingTime(saturdayBeforeClocksGoBack, Duration.ofHours(24));

        assertThat(Duration.between(saturdayBeforeClocksGoBack, due)).isEqualTo(Duration.ofHours(24));
        assertThat(due).isEqualTo(london("2026-10-25T11:00"));
    }

    @Test
    void theShippedListCoversEnglandAndWalesUntil2030() {
        assertThat(WorkingCalendar.shippedBankHolidays())
            .contains(LocalDate.of(2026, 12, 25), LocalDate.of(2030, 12, 26))
            .hasSizeGreaterThan(90);
    }

    @Test
    void theWorkingTimeLeftOverAWeekendCountsOnlyTheWorkingDays() {
        Duration left = englandAndWales.workingTimeBetween(london("2026-11-20T19:30"), london("2026-11-23T10:00"));

        assertThat(left).isEqualTo(Duration.ofHours(14).plusMinutes(30));
    }

    @Test
    void theWorkingTimeBetweenIsWhatPlusWorkingTimeAdded() {
        Instant start = london("2026-05-22T16:00");

        Instant due = englandAndWales.plusWorkingTime(start, Duration.ofHours(24));

        assertThat(englandAndWales.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(24));
        assertThat(englandAndWales.workingTimeBetween(due, start)).as("a clock that has run out")
            .isEqualTo(Duration.ZERO);
    }

}
