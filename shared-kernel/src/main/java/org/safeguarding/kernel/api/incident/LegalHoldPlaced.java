package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The incident is held from disposal, for {@code reason}, until the hold is lifted. */
public record LegalHoldPlaced(String incidentId, String reason, Instant placedAt) {
}
