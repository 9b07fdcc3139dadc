package org.safeguarding.incident.escalation;

import java.time.Instant;

import org.safeguarding.kernel.api.incident.Level;

/**
 * The payload of the acknowledgement deadline: which incident, at which level, due when.
 */
record AcknowledgementDue(String incidentId, Level level, Instant due) {
}
