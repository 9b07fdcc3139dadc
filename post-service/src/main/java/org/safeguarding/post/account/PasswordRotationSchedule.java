package org.safeguarding.post.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.safeguarding.kernel.calendar.SchoolTerms;
import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The termly password change: a password set on any day must be changed again by the
 * start of the next term (midnight Europe/London on the first term-start date after that
 * day; {@code safeguarding.accounts.term-starts}).
 */
@Component
class PasswordRotationSchedule {

    private final Clock clock;

    private final SchoolTerms terms;

    PasswordRotationSchedule(Clock clock, SchoolTerms terms) {
        this.clock = clock;
        this.terms = terms;
    }

    Instant now() {
        return clock.instant();
    }

    Instant dueAfter(Instant changedAt) {
        LocalDate changedOn = changedAt.atZone(WorkingCalendar.SCHOOL_ZONE).toLocalDate();
        return terms.nextStartAfter(changedOn).atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant();
    }

}
