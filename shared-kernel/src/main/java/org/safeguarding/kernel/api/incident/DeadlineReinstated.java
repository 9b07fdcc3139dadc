package org.safeguarding.kernel.api.incident;

import java.time.Instant;

import org.safeguarding.kernel.api.DataSubjectKey;
import org.safeguarding.kernel.api.PersonalData;

/**
 * A clock had gone missing from the scheduler and was put back, due when it always was;
 * the saga schedules it again.
 */
public record DeadlineReinstated(@DataSubjectKey String incidentId, DeadlineKind kind, Instant due, Level level,
        @PersonalData String reason) {
}
