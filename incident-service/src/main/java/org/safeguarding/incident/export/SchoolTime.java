package org.safeguarding.incident.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.safeguarding.kernel.calendar.WorkingCalendar;

/** Dates and times as the school reads them: Europe/London. */
public final class SchoolTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
        .withZone(WorkingCalendar.SCHOOL_ZONE);

    private SchoolTime() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant) + " (Europe/London)";
    }

}
