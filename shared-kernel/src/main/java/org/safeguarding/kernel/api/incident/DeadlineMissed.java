package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * A clock ran out with nobody having acted; shows as overdue on the incident and the
 * dashboard.
 */
public record DeadlineMissed(String incidentId, DeadlineKind kind, Instant due, Level level) {
}
