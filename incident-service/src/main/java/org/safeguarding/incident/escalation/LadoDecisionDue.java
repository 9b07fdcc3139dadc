package org.safeguarding.incident.escalation;

import java.time.Instant;

/** The payload of the LADO decision deadline. */
record LadoDecisionDue(String incidentId, Instant due) {
}
