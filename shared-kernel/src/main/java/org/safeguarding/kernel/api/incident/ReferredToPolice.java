package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The incident was referred to the police. */
public record ReferredToPolice(String incidentId, String reason, String crimeReference, Instant referredAt) {
}
