package org.safeguarding.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * The school's working days in Europe/London: which days count, and how far a span of
 * working time reaches. Non-working days (weekends, bank holidays) do not count at all;
 * every hour of a working day does.
 */
public final class WorkingCalendar {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private static final String SHIPPED_BANK_HOLIDAYS = "/calendar/bank-holidays-england-and-wales.csv";

    private static final int MAX_DAYS_SEARCHED = 3660;

    private final Set<DayOfWeek> workingDays;

    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> bankHolidays) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working day");
        }
        this.workingDays = Set.copyOf(workingDays);
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    /**
     * The bank holidays of England and Wales, 2020 to 2030, as shipped with the calendar.
     */
    public static List<LocalDate> shippedBankHolidays() {
        InputStream shipped = WorkingCalendar.class.getResourceAsStream(SHIPPED_BANK_HOLIDAYS);
        if (shipped == null) {
            throw new IllegalStateException("Cannot find " + SHIPPED_BANK_HOLIDAYS);
        }
        try (var reader = new BufferedReader(new InputStreamReader(shipped, StandardCharsets.UTF_8))) {
            return reader.lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHIPPED_BANK_HOLIDAYS, e);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !bankHolidays.contains(date);
    }

    public boolean isWorkingDay(Instant instant) {
        return isWorkingDay(instant.atZone(SCHOOL_ZONE).toLocalDate());
    }

    /** The instant reached after {@code amount} of working time from {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        Instant cursor = start;
        Duration remaining = amount;
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            LocalDate date = cursor.atZone(SCHOOL_ZONE).toLocalDate();
            Instant endOfDay = startOf(date.plusDays(1));
            if (isWorkingDay(date)) {
                Duration leftToday = Duration.between(cursor, endOfDay);
                if (remaining.compareTo(leftToday) <= 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(leftToday);
            }
            cursor = endOfDay;
        }
        throw new IllegalStateException("No working time found within ten years of " + start);
    }

    /**
     * The working time from {@code from} until {@code to}: what a clock counting in
     * working time shows between them; zero when {@code to} is not after {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        Instant cursor = from;
        for (int day = 0; day < MAX_DAYS_SEARCHED && cursor.isBefore(to); day++) {
            LocalDate date = cursor.atZone(SCHOOL_ZONE).toLocalDate();
            Instant endOfDay = startOf(date.plusDays(1));
            Instant until = endOfDay.isBefore(to) ? endOfDay : to;
            if (isWorkingDay(date)) {
                total = total.plus(Duration.between(cursor, until));
            }
            cursor = until;
        }
        return total;
    }

    /** The start of the first working day after the day {@code instant} falls on. */
    public Instant startOfNextWorkingDay(Instant instant) {
        LocalDate date = instant.atZone(SCHOOL_ZONE).toLocalDate().plusDays(1);
        for (int day = 0; day < MAX_DAYS_SEARCHED && !isWorkingDay(date); day++) {
            date = date.plusDays(1);
        }
        return startOf(date);
    }

    private static Instant startOf(LocalDate date) {
        return ZonedDateTime.of(date.atStartOfDay(), SCHOOL_ZONE).toInstant();
    }

}
