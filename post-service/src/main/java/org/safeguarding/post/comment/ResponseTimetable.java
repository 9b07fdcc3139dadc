package org.safeguarding.post.comment;

import java.time.Duration;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * When a comment must be responded to (Ashgrove: within 24 hours, or on the next working
 * day if received at a weekend). Received on a working day: {@code respond-within} later.
 * Received on a weekend or bank holiday: the clock starts at the start of the next
 * working day, so with PT24H it is due by the end of that day.
 */
@Component
class ResponseTimetable {

    private final WorkingCalendar calendar;

    private final Duration respondWithin;

    ResponseTimetable(WorkingCalendar calendar, CommentProperties properties) {
        this.calendar = calendar;
        this.respondWithin = properties.respondWithin();
    }

    Instant respondBy(Instant receivedAt) {
        Instant clockStarts = calendar.isWorkingDay(receivedAt) ? receivedAt
                : calendar.startOfNextWorkingDay(receivedAt);
        return clockStarts.plus(respondWithin);
    }

}
