package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The incident moved up to senior leadership, assigned to the headteacher; a new acknowledgement clock starts. */
public record EscalatedToSLT(String incidentId,
                             Level from,
                             String reason,
                             boolean automatic,
                             Instant escalatedAt,
                             Instant acknowledgeBy) {
}
