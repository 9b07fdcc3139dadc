package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * Someone at the assigned level picked the incident up, having waited since it was
 * assigned.
 */
public record IncidentAcknowledged(String incidentId, Level level, Instant assignedAt, Instant acknowledgedAt) {
}
