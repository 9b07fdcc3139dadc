package org.safeguarding.kernel.api.incident;

import java.time.Instant;

/** The allegation was referred to the LADO; {@code withinDeadline} says whether inside one working day. */
public record ReferredToLADO(String incidentId,
                             LadoReferralDetails details,
                             String reason,
                             Instant referredAt,
                             Instant decisionDue,
                             boolean withinDeadline) {
}
