package org.safeguarding.incident.escalation;

import java.time.Instant;

/** The payload of the LADO decision deadline. */
public record LadoDecisionDue(String incidentId, Instant due) {
}
