package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The incident's legal hold was lifted. */
public record LegalHoldLifted(String incidentId, String reason, Instant liftedAt) {
}
