package org.safeguarding.incident.transfer;

import java.time.Clock;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** When a transfer's receipt is due, counted in school days. */
@Component
class TransferTimetable {

    private final WorkingCalendar calendar;

    private final Clock clock;

    private final TransferProperties properties;

    TransferTimetable(WorkingCalendar calendar, Clock clock, TransferProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    Instant now() {
        return clock.instant();
    }

    Instant receiptDue(Instant sentAt) {
        return calendar.plusWorkingTime(sentAt, properties.receiptWithin());
    }

}
