package org.safeguarding.post.device;

import java.time.Duration;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The times of emergency access from a personal device: it acts for the allowance, and
 * its user confirms the login is removed from it by the end of the next working day
 * (midnight Europe/London after it), whatever day the emergency fell on.
 */
@Component
class EmergencyTimetable {

    private final WorkingCalendar calendar;

    private final Duration allowance;

    EmergencyTimetable(WorkingCalendar calendar, DeviceProperties properties) {
        this.calendar = calendar;
        this.allowance = properties.emergencyAllowance();
    }

    Instant allowedUntil(Instant grantedAt) {
        return grantedAt.plus(allowance);
    }

    Instant removalDue(Instant grantedAt) {
        Instant nextWorkingDay = calendar.startOfNextWorkingDay(grantedAt);
        return nextWorkingDay.atZone(WorkingCalendar.SCHOOL_ZONE)
            .toLocalDate()
            .plusDays(1)
            .atStartOfDay(WorkingCalendar.SCHOOL_ZONE)
            .toInstant();
    }

}
