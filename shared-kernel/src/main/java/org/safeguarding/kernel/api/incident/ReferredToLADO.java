package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/**
 * The allegation was referred to the LADO; {@code withinDeadline} says whether inside one
 * working day.
 */
// Released name, stored in the event store's payload_type: not renamed to Java casing
// like its command.
public record ReferredToLADO(String incidentId, LadoReferralDetails details, String reason, Instant referredAt,
        Instant decisionDue, boolean withinDeadline) {
}
