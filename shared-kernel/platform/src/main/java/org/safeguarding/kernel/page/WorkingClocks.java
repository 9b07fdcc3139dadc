package org.safeguarding.kernel.page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;

/**
 * A deadline as a clock counting down in working time (the school's calendar: weekends
 * and bank holidays do not count), as "3 h 20 min left" or "Overdue by 1 working day 2
 * h". Templates reach it as {@code #clocks}.
 */
public final class WorkingClocks {

    /**
     * @param overdue whether the deadline has passed
     * @param workingTime the working time left, or since it passed
     * @param text the clock in words
     */
    public record Countdown(boolean overdue, Duration workingTime, String text) {
    }

    private static final Duration WORKING_DAY = Duration.ofDays(1);

    private final WorkingCalendar calendar;

    private final Clock clock;

    WorkingClocks(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public Countdown countdown(Instant due) {
        Instant now = clock.instant();
        if (now.isAfter(due)) {
            Duration late = calendar.workingTimeBetween(due, now);
            return new Countdown(true, late, "Overdue by " + words(late));
        }
        Duration left = calendar.workingTimeBetween(now, due);
        return new Countdown(false, left, words(left) + " left");
    }

    /** To the minute, rounded down; "less than a minute" below that. */
    static String words(Duration workingTime) {
        long days = workingTime.toDays();
        Duration rest = workingTime.minus(WORKING_DAY.multipliedBy(days));
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " working day" : " working days");
        }
        if (rest.toHours() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(rest.toHours()).append(" h");
        }
        if (rest.toMinutesPart() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(rest.toMinutesPart()).append(" min");
        }
        return text.isEmpty() ? "less than a minute" : text.toString();
    }

}
