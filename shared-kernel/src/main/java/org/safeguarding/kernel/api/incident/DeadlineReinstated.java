package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * A clock had gone missing from the scheduler and was put back, due when it always was;
 * the saga schedules it again.
 */
public record DeadlineReinstated(String incidentId, DeadlineKind kind, Instant due, Level level, String reason) {
}
