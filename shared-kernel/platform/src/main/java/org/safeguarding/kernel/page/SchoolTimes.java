package org.safeguarding.kernel.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.safeguarding.kernel.calendar.WorkingCalendar;

/**
 * Times as people at the school read and write them, in Europe/London: shown as "Monday
 * 23 November 2026, 14:05", typed into a {@code datetime-local} field as
 * {@code 2026-11-23T14:05}. Templates reach it as {@code #times}.
 */
public final class SchoolTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK)
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK)
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /**
     * The time of day to the second, "14:05:07": when a page was last brought up to date.
     */
    public String timeOfDay(Instant instant) {
        return TIME_OF_DAY.format(instant);
    }

    /** When that day begins at the school: a {@code date} field's day as an instant. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant();
    }

    /**
     * The value of a {@code datetime-local} field showing this instant, to the minute.
     */
    public String field(Instant instant) {
        return FIELD.format(instant.truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * What a {@code datetime-local} field says, as an instant; empty when it says
     * nothing.
     * @throws java.time.format.DateTimeParseException when it is not a date and time
     */
    public Optional<Instant> fromField(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // Browsers send seconds when the field shows them: accept both.
        return Optional.of(LocalDateTime.parse(value.strip()).atZone(WorkingCalendar.SCHOOL_ZONE).toInstant());
    }

}
