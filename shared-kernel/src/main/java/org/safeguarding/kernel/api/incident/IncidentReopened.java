package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** A closed incident was reopened at its level and must be acknowledged again. */
public record IncidentReopened(String incidentId, Level level, String reason, Instant acknowledgeBy) {
}
