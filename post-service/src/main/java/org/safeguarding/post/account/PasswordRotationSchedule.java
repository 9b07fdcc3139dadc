package org.safeguarding.post.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    private final List<MonthDay> termStarts;

    PasswordRotationSchedule(Clock clock, AccountProperties properties) {
        this.clock = clock;
        this.termStarts = properties.termStarts()
            .stream()
            .map(day -> MonthDay.parse("--" + day.trim()))
            .sorted()
            .toList();
    }

    Instant now() {
        return clock.instant();
    }

    Instant dueAfter(Instant changedAt) {
        LocalDate changedOn = changedAt.atZone(WorkingCalendar.SCHOOL_ZONE).toLocalDate();
        LocalDate nextTerm = Stream.of(changedOn.getYear(), changedOn.getYear() + 1)
            .flatMap(year -> termStarts.stream().map(start -> start.atYear(year)))
            .filter(start -> start.isAfter(changedOn))
            .min(Comparator.naturalOrder())
            .orElseThrow();
        return nextTerm.atStartOfDay(WorkingCalendar.SCHOOL_ZONE).toInstant();
    }

}
