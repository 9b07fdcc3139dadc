package org.safeguarding.incident.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.safeguarding.kernel.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** When an incident's clocks run out, counted in the school's working time. */
@Component
public class EscalationTimetable {

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Duration acknowledgeWithin;
    private final Duration ladoDecisionWithin;

    public EscalationTimetable(WorkingCalendar calendar, Clock clock,
                               @Value("${safeguarding.escalation.acknowledge-within:PT24H}") Duration acknowledgeWithin,
                               @Value("${safeguarding.lado.decision-within:P1D}") Duration ladoDecisionWithin) {
        this.calendar = calendar;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
        this.ladoDecisionWithin = ladoDecisionWithin;
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant acknowledgeBy(Instant assignedAt) {
        return calendar.plusWorkingTime(assignedAt, acknowledgeWithin);
    }

    /** One working day (by default) from when the allegation reached its case manager: the headteacher, or the chair. */
    public Instant ladoDecisionDue(Instant reachedCaseManagerAt) {
        return calendar.plusWorkingTime(reachedCaseManagerAt, ladoDecisionWithin);
    }
}
