package org.safeguarding.incident.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** When an incident's clocks run out, counted in the school's working time. */
@Component
public class EscalationTimetable {

    private final WorkingCalendar calendar;

    private final Clock clock;

    private final Duration acknowledgeWithin;

    private final Duration ladoDecisionWithin;

    EscalationTimetable(WorkingCalendar calendar, Clock clock, EscalationProperties escalation, LadoProperties lado) {
        this.calendar = calendar;
        this.clock = clock;
        this.acknowledgeWithin = escalation.acknowledgeWithin();
        this.ladoDecisionWithin = lado.decisionWithin();
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant acknowledgeBy(Instant assignedAt) {
        return calendar.plusWorkingTime(assignedAt, acknowledgeWithin);
    }

    /**
     * One working day (by default) from when the allegation reached its case manager: the
     * headteacher, or the chair.
     */
    public Instant ladoDecisionDue(Instant reachedCaseManagerAt) {
        return calendar.plusWorkingTime(reachedCaseManagerAt, ladoDecisionWithin);
    }

}
